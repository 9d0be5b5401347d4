using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

internal sealed class ListHomesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/homes", async (string? townshipCode, string? schoolCode, int? openAtEndOf, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListHomesQuery(townshipCode, schoolCode, openAtEndOf, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListChildrenHomes")
        .WithSummary("Left-behind children homes by township and school; openAtEndOf=year keeps those open at its end (the figure)");
}
