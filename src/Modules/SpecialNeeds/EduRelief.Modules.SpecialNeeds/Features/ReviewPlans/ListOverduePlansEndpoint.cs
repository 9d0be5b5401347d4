using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;

internal sealed class ListOverduePlansEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/plans/overdue", async ([AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListOverduePlansQuery(paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListOverduePlans")
        .WithSummary("Plans past their review date and home-delivered plans short of the county's minimum visits last month");
}
