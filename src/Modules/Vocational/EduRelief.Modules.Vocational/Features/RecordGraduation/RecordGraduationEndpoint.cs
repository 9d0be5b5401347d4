using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.RecordGraduation;

internal sealed class RecordGraduationEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/graduations", async (RecordGraduationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var enrolment = await mediator.Send(command, ct);
            return Results.Created($"/api/vocational/enrolments/{enrolment.Id}", enrolment);
        })
        .WithName("RecordVocationalGraduation")
        .WithSummary("A graduation with its outcome (and the six-month follow-up if known); before enrolment, or EmployedByOrderingEmployer with no order class, is a 400");
}
