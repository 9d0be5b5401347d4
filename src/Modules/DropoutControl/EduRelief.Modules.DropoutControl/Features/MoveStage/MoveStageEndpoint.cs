using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.MoveStage;

internal sealed class MoveStageEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases/{id:guid}/stage", async (Guid id, MoveStageCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CaseId = id }, ct)))
        .WithName("MoveDropoutCaseStage")
        .WithSummary("Moves a case forward {stage, on}: Suspected → Confirmed → Persuading, and Observed → Closed after the observation period; backwards is a 409");
}
