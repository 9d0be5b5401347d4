using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.MoveProject;

internal sealed class MoveProjectEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/projects/{code}/status", async (string code, MoveProjectCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { Code = code }, ct)))
        .WithName("MoveProject")
        .WithSummary("Move a project one status forward, dated (Approved, UnderConstruction, Completed with actualSeats, Accepted)");
}
