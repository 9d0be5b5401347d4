using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.AdmitTrainee;

internal sealed class AdmitTraineeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/adult-courses/{code}/trainees", async (string code, AdmitTraineeCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var trainee = await mediator.Send(command with { CourseCode = code }, ct);
            return Results.Created($"/api/vocational/adult-courses/{code}/trainees", trainee);
        })
        .WithName("AdmitAdultTrainee")
        .WithSummary("An adult trainee (national ID checked) on the course, once per course; a certificate before the course ends is a 400");
}
