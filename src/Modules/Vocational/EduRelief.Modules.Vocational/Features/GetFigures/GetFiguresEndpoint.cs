using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Vocational;
using EduRelief.Modules.Vocational.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/figures", async (int? year, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetVocationalFiguresQuery(VocationalInput.RequiredYear(year)), ct)))
        .WithName("GetVocationalFigures")
        .WithSummary("The year's figures: poor-household enrolments, order-based places, graduates, employed, employment rate, adult trainees and certificates");
}
