using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.RecordInternship;

internal sealed class RecordInternshipEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/internships", async (RecordInternshipCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var internship = await mediator.Send(command, ct);
            return Results.Created($"/api/vocational/internships?nationalId={command.NationalId?.Trim()}", internship);
        })
        .WithName("RecordInternship")
        .WithSummary("An internship at a training base within the student's enrolment; one starting before enrolment is a 400");
}
