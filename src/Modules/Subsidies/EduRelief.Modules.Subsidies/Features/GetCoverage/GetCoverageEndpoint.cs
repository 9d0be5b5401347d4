using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

internal sealed class GetCoverageEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/coverage", async (int? year, string? programme, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(CoverageRequest.Parse(year, programme), ct)))
        .WithName("GetCoverage")
        .WithSummary("Eligible students, paid students, the rate, and every unpaid eligible student by name");
}
