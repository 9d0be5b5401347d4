using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.MoveTeacher;

internal sealed class MoveTeacherEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/teachers/{id:guid}/moves", async (Guid id, MoveTeacherCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { TeacherId = id }, ct)))
        .WithName("MoveTeacher")
        .WithSummary("Post a teacher to another school from a day: the service history keeps the school before");
}
