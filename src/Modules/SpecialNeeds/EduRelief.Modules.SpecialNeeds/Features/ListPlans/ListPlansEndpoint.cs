using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ListPlans;

internal sealed class ListPlansEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/plans", async (string? nationalId, string? mode, string? schoolCode, string? townshipCode, bool? current, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListPlansQuery(nationalId, mode, schoolCode, townshipCode, current ?? false, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListPlacementPlans")
        .WithSummary("Placement plans by child, mode, school, township; current=true keeps the plans in force or to come (none replaces them); history included otherwise");
}
