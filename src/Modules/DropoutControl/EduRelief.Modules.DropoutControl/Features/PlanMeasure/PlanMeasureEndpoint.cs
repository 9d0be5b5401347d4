using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.PlanMeasure;

internal sealed class PlanMeasureEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases/{id:guid}/plan", async (Guid id, PlanMeasureCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Created($"/api/dropout-control/cases/{id}/plan", await mediator.Send(command with { CaseId = id }, ct)))
        .WithName("PlanReturnMeasure")
        .WithSummary("A measure of the return plan (一人一策) {kind, aidReview?, description, responsible, plannedOn?, dueOn} on an open case; AidReferral, VocationalRoute and HomeDeliveredTeaching are referred to Subsidies, Vocational and SpecialNeeds");
}
