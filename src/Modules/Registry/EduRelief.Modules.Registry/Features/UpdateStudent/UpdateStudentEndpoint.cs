using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.UpdateStudent;

internal sealed class UpdateStudentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPatch("/students/{id:guid}", async (Guid id, UpdateStudentCommand command, IMediator mediator, ICallerContext caller, CountyClock county, CancellationToken ct) =>
            Results.Ok((await mediator.Send(command with { StudentId = id }, ct)).MaskedFor(caller, county)))
        .WithName("UpdateStudent")
        .WithSummary("Change a student's school, grade, boarding, categories, left-behind, disability or status; each change is kept as history");
}
