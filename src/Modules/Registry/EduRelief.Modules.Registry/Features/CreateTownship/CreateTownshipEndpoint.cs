using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.CreateTownship;

internal sealed class CreateTownshipEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/townships", async (CreateTownshipCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var township = await mediator.Send(command, ct);
            return Results.Created($"/api/registry/townships/{township.Code}", township);
        })
        .WithName("CreateTownship")
        .WithSummary("Add a township (乡镇)");
}
