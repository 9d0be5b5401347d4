using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ApproveAllowanceRoll;

internal sealed class ApproveAllowanceRollEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/allowance-rolls/{month}/approval", async (string month, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ApproveAllowanceRollCommand(month), ct)))
        .WithName("ApproveAllowanceRoll")
        .WithSummary("Approve a month's computed allowance roll (someone other than who computed it, with ApproveBatches): it is fixed from then on and counts as paid");
}
