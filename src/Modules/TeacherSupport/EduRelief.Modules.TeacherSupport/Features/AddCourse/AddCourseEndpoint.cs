using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.AddCourse;

internal sealed class AddCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/courses", async (AddCourseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var course = await mediator.Send(command, ct);
            return Results.Created($"/api/teacher-support/courses?code={course.Code}", course);
        })
        .WithName("AddCourse")
        .WithSummary("Add a training course: kind AllStaff (全员培训), Backbone (骨干研修), SendTeaching (送教下乡) or National (国培), dates and hours");
}
