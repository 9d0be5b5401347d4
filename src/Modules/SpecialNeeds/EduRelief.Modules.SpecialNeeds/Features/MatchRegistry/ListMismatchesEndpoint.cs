using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

internal sealed class ListMismatchesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/children/mismatches", async (string? kind, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListMismatchesQuery(kind, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListRegisterMismatches")
        .WithSummary("The register matched with the Registry by national ID: students flagged disabled not on the register, entries whose category or grade differs, school-age children with no placement");
}
