using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.CompleteMeasure;

internal sealed class CompleteMeasureEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases/{id:guid}/plan/{measureId:guid}/completion", async (Guid id, Guid measureId, CompleteMeasureCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CaseId = id, MeasureId = measureId }, ct)))
        .WithName("CompleteReturnMeasure")
        .WithSummary("A measure done {on, by, note?}: not before it was planned nor after today, once, on an open case");
}
