using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.PlanProject;

internal sealed class PlanProjectEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/projects", async (PlanProjectCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var project = await mediator.Send(command, ct);
            return Results.Created($"/api/school-construction/projects/{project.Code}", project);
        })
        .WithName("PlanProject")
        .WithSummary("Plan a construction project at a school: type, budget by funding source, seats, the buildings it removes");
}
