using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairings;

internal sealed class ListPairingsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/pairings", async (string? schoolCode, int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListPairingsQuery(schoolCode, year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListPairings")
        .WithSummary("Urban–rural school pairs with their activities and exchanges counted (in a year, when year is given)");
}
