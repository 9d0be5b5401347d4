using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.OpenAdultCourse;

internal sealed class OpenAdultCourseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/adult-courses", async (OpenAdultCourseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var course = await mediator.Send(command, ct);
            return Results.Created($"/api/vocational/adult-courses/{course.Code}", course);
        })
        .WithName("OpenAdultCourse")
        .WithSummary("An adult skills-training course in a township; a code already taken is a 409");
}
