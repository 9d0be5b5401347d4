using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

internal sealed class GetProjectEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/projects/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetProjectQuery(code), ct)))
        .WithName("GetProject")
        .WithSummary("One project: budget revisions, dated moves, spending, the buildings it removes");
}
