using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.LogAttempt;

internal sealed class LogAttemptEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases/{id:guid}/attempts", async (Guid id, LogAttemptCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Created($"/api/dropout-control/cases/{id}", await mediator.Send(command with { CaseId = id }, ct)))
        .WithName("LogPersuasionAttempt")
        .WithSummary("A persuasion attempt {on, by, method, result} on an open case, not before its detection nor after today; a confirmed case moves to Persuading");
}
