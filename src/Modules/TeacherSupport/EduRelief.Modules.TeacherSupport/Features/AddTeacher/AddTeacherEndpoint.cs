using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.AddTeacher;

internal sealed class AddTeacherEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/teachers", async (AddTeacherCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var teacher = await mediator.Send(command, ct);
            return Results.Created($"/api/teacher-support/teachers/{teacher.Id}", teacher);
        })
        .WithName("AddTeacher")
        .WithSummary("Add a teacher: national ID, name, school, subject, title, hire date, staffing (Established or Contract) and 特岗 flag; the service history starts at the school on the hire date");
}
