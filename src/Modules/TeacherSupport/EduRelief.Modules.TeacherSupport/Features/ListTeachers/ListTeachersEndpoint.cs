using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.TeacherSupport.Features.ExportTeachers;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

internal sealed class ListTeachersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/teachers", async Task<IResult> (string? schoolCode, string? townshipCode, int? ruralYearsAtLeast, string? name, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListTeachersQuery(schoolCode, townshipCode, ruralYearsAtLeast, name, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"教师名单-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportTeachersQuery(query, writer), token)) { SheetName = "教师名单" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListTeachers")
        .WithSummary("Teachers by school, township, years of rural service (at least) and name; format=csv|xlsx exports every teacher of the filter");
}
