using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

internal sealed class ListActivitiesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/activities", async (string? homeCode, string? kind, int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListActivitiesQuery(homeCode, kind, year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListHomeActivities")
        .WithSummary("Homes' activities by home, kind and year, with their participants (the figure's counselling sessions: kind=Counselling&year=)");
        group.MapGet("/activities/participants", async (int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListReachedQuery(year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListChildrenReached")
        .WithSummary("The distinct children who took part in the homes' activities of a year (the figure's children reached)");
    }
}
