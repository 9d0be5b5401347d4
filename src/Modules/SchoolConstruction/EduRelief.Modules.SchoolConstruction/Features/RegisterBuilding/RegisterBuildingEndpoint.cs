using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.RegisterBuilding;

internal sealed class RegisterBuildingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/buildings", async (RegisterBuildingCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var building = await mediator.Send(command, ct);
            return Results.Created($"/api/school-construction/buildings/{building.Id}", building);
        })
        .WithName("RegisterBuilding")
        .WithSummary("Add a school building (校舍) with its use, floor area in m², year built and structure");
}
