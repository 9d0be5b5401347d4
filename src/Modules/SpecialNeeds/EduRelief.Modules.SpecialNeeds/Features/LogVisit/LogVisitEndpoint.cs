using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.LogVisit;

internal sealed class LogVisitEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/plans/{id:guid}/visits", async (Guid id, LogVisitCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var visit = await mediator.Send(command with { PlanId = id }, ct);
            return Results.Created($"/api/special-needs/plans/{id}/visits", visit);
        })
        .WithName("LogHomeVisit")
        .WithSummary("A home-delivered teaching visit (date, teacher, hours, content) on a HomeDelivered plan, not before it starts");
}
