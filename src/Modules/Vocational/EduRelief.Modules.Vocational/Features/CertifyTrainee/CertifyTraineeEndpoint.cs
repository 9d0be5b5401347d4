using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.CertifyTrainee;

internal sealed class CertifyTraineeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/adult-courses/{code}/trainees/{nationalId}/certificate", async (string code, string nationalId, CertifyTraineeCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CourseCode = code, NationalId = nationalId }, ct)))
        .WithName("CertifyAdultTrainee")
        .WithSummary("The certificate a trainee gained; before the course ends is a 400");
}
