using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.MakePlan;

internal sealed class MakePlanEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/plans", async (MakePlanCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var plan = await mediator.Send(command, ct);
            return Results.Created($"/api/special-needs/plans/{plan.Id}", plan);
        })
        .WithName("MakePlacementPlan")
        .WithSummary("A child's placement plan (一人一案); a change names the plan it replaces (replacesPlanId), a second plan replacing nothing is a 409");
}
