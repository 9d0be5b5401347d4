using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.GetPlan;

internal sealed class GetPlanEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/cases/{id:guid}/plan", async (Guid id, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetPlanQuery(id), ct)))
        .WithName("GetReturnPlan")
        .WithSummary("The case's return plan (一人一策): each measure with its kind, who answers for it, its due date, its completion and where it was referred");
}
