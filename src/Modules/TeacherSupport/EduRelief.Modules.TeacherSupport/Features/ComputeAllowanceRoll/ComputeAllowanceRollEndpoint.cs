using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

internal sealed class ComputeAllowanceRollEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/allowance-rolls/{month}/computation", async (string month, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ComputeAllowanceRollCommand(month), ct)))
        .WithName("ComputeAllowanceRoll")
        .WithSummary("Compute a month's allowance roll now (YYYY-MM, this month or earlier), as teacher-support:allowance-roll does for the current month; an approved roll is left as it is");
}
