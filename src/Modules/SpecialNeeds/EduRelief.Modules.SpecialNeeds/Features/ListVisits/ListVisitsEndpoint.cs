using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ListVisits;

internal sealed class ListVisitsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/plans/{id:guid}/visits", async (Guid id, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListVisitsQuery(id), ct)))
        .WithName("ListHomeVisits")
        .WithSummary("A plan's home-delivered teaching visits, oldest first");
}
