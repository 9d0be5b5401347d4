using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ReviseBudget;

internal sealed class ReviseBudgetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/projects/{code}/budget", async (string code, ReviseBudgetCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { Code = code }, ct)))
        .WithName("ReviseBudget")
        .WithSummary("Revise a project's budget lines by funding source; every earlier revision is kept");
}
