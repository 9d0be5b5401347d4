using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListAttendance;

internal sealed class ListAttendanceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/attendance", async (int? year, string? courseCode, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListAttendanceQuery(year, courseCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListAttendance")
        .WithSummary("Person-times (a teacher at a course) of the courses starting in a year, or of one course: the records behind trainingPersonTimes");
}
