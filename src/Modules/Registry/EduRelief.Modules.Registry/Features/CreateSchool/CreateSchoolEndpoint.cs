using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.CreateSchool;

internal sealed class CreateSchoolEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/schools", async (CreateSchoolCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var school = await mediator.Send(command, ct);
            return Results.Created($"/api/registry/schools/{school.Code}", school);
        })
        .WithName("CreateSchool")
        .WithSummary("Add a school (学校) with its stage, location class and classrooms");
}
