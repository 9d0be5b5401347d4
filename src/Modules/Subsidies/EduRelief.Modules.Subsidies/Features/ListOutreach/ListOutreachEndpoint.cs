using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed class ListOutreachEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/outreach", async (int? year, string? townshipCode, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListOutreachQuery(year, townshipCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListOutreach")
        .WithSummary("Policy-outreach activities, by year and township");
}
