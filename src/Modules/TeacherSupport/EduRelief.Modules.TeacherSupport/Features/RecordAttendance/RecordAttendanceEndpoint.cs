using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.RecordAttendance;

internal sealed class RecordAttendanceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/courses/{code}/attendance", async (string code, RecordAttendanceCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CourseCode = code }, ct)))
        .WithName("RecordAttendance")
        .WithSummary("Record the teachers at a course by national ID; a teacher counts once per course (one person-time)");
}
