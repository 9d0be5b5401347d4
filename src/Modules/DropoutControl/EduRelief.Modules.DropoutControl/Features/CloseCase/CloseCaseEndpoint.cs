using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.CloseCase;

internal sealed class CloseCaseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases/{id:guid}/close", async (Guid id, CloseCaseCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CaseId = id }, ct)))
        .WithName("CloseDropoutCase")
        .WithSummary("The outcome {outcome, on, schoolCode?, approval?}: Returned names the school, re-enrols the student there in the Registry from that day and starts the observation period; Exempted and Deferred name the approving authority");
}
