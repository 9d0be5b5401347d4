using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.CreateVillage;

internal sealed class CreateVillageEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/villages", async (CreateVillageCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var village = await mediator.Send(command, ct);
            return Results.Created($"/api/registry/villages/{village.Code}", village);
        })
        .WithName("CreateVillage")
        .WithSummary("Add a village (村) to a township");
}
