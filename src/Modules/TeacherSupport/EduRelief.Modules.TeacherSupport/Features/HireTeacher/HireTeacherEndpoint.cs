using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.HireTeacher;

internal sealed class HireTeacherEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/recruitment-campaigns/{code}/hires", async (string code, HireTeacherCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var hire = await mediator.Send(command with { CampaignCode = code }, ct);
            return Results.Created($"/api/teacher-support/teachers/{hire.Teacher.Id}", hire);
        })
        .WithName("HireTeacher")
        .WithSummary("Fill one of a campaign's posts at a school: creates the teacher; beyond the school's posts is a 409");
}
