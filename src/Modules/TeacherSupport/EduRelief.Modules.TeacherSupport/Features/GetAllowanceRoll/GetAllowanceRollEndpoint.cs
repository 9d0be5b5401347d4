using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;

internal sealed class GetAllowanceRollEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/allowance-rolls", async (string? month, string? schoolCode, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetAllowanceRollQuery(month, schoolCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("GetAllowanceRoll")
        .WithSummary("A month's allowance roll (month=YYYY-MM): status, teachers, total and its lines, as computed by teacher-support:allowance-roll");
}
