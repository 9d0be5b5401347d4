using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListTraineesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/adult-courses/{code}/trainees", (string code, bool? certified, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
            TraineesAsync(new ListTraineesQuery(code, null, certified, paging.PageOrDefault, paging.PageSizeOrDefault), format, mediator, county, ct))
        .WithName("ListCourseTrainees")
        .WithSummary("The trainees of one course; format=csv|xlsx exports it");
        group.MapGet("/adult-trainees", (int? year, bool? certified, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
            TraineesAsync(new ListTraineesQuery(null, year, certified, paging.PageOrDefault, paging.PageSizeOrDefault), format, mediator, county, ct))
        .WithName("ListAdultTrainees")
        .WithSummary("Trainees of the courses starting in a year (adultTrainees); certified=true those with a certificate (certificates); format=csv|xlsx exports it");
    }

    private static async Task<IResult> TraineesAsync(ListTraineesQuery query, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        ExportFormats.Parse(format) is { } export
            ? new TableExport(export, $"技能培训学员-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportTraineesQuery(query, writer), token)) { SheetName = "技能培训学员" }
            : Results.Ok(await mediator.Send(query, ct));
}
