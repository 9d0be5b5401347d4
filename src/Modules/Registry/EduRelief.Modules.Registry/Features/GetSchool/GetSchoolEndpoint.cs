using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetSchool;

internal sealed class GetSchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/schools/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetSchoolQuery { SchoolCode = code }, ct) ?? throw new NotFoundException("School", code)))
        .WithName("GetSchool")
        .WithSummary("One school by its code");
}
