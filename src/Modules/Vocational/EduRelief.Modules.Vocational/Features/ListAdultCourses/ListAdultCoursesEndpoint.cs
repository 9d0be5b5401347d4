using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListAdultCoursesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/adult-courses", async Task<IResult> (string? townshipCode, int? year, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListAdultCoursesQuery(townshipCode, year, paging.PageOrDefault, paging.PageSizeOrDefault);
            return ExportFormats.Parse(format) is { } export
                ? new TableExport(export, $"技能培训班-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportAdultCoursesQuery(query, writer), token)) { SheetName = "技能培训班" }
                : Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListAdultCourses")
        .WithSummary("Adult skills courses by township and the year they start, with trainees and certificates; format=csv|xlsx exports it");
}
