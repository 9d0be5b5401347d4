using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.Enrol;

internal sealed class EnrolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/enrolments", async (EnrolCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var enrolment = await mediator.Send(command, ct);
            return Results.Created($"/api/vocational/enrolments/{enrolment.Id}", enrolment);
        })
        .WithName("EnrolVocationalStudent")
        .WithSummary("Enrol a Registry student in a specialty (poor household read from the Registry); an unregistered ID is a 400, a second active enrolment a 409");
}
