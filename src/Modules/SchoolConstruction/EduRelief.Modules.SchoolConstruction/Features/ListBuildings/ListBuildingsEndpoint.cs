using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.SchoolConstruction.Features.ExportBuildings;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

internal sealed class ListBuildingsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/buildings", async Task<IResult> (string? schoolCode, string? townshipCode, string? grade, bool? dList, bool? overdue, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListBuildingsQuery(schoolCode, townshipCode, grade, dList, overdue, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"校舍-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportBuildingsQuery(query, writer), token)) { SheetName = "校舍" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListBuildings")
        .WithSummary("School buildings by school, township and latest grade; dList=true the D list, overdue=true those whose appraisal is past due; format=csv|xlsx exports every building of the filter");
}
