using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

internal sealed class ListProjectsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/projects", async (string? schoolCode, string? townshipCode, string? status, string? type, int? completedIn, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListProjectsQuery(schoolCode, townshipCode, status, type, completedIn, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListProjects")
        .WithSummary("Construction projects by school, township, status, type, or completed in a year");
}
