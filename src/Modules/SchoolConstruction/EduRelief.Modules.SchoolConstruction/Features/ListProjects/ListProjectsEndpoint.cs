using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.SchoolConstruction.Features.ExportProjects;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

internal sealed class ListProjectsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/projects", async Task<IResult> (string? schoolCode, string? townshipCode, string? status, string? type, int? completedIn, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListProjectsQuery(schoolCode, townshipCode, status, type, completedIn, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"建设项目-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportProjectsQuery(query, writer), token)) { SheetName = "建设项目" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListProjects")
        .WithSummary("Construction projects by school, township, status, type, or completed in a year; format=csv|xlsx exports every project of the filter");
}
