using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.AppraiseBuilding;

internal sealed class AppraiseBuildingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/buildings/{id:guid}/appraisals", async (Guid id, AppraiseBuildingCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var appraisal = await mediator.Send(command with { BuildingId = id }, ct);
            return Results.Created($"/api/school-construction/buildings/{id}", appraisal);
        })
        .WithName("AppraiseBuilding")
        .WithSummary("Record a safety appraisal (JGJ 125, grade A–D); the latest counts, D closes the building");
}
