using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed class ListPaymentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/payments", async (string? nationalId, string? programmeCode, string? term, int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListPaymentsQuery(nationalId, programmeCode, term, year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListPayments")
        .WithSummary("Awards, filtered by national ID, programme, term or year");
}
