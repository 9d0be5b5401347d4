using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed class ListOutreachEndpoint : IEndpoint
{
    private static readonly string[] Headers = ["日期", "乡镇代码", "形式", "参与人数", "发放资料（份）", "记录人"];

    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/outreach", async Task<IResult> (int? year, string? townshipCode, [AsParameters] PageParameters paging, string? format, IMediator mediator, CancellationToken ct) =>
        {
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"政策宣传-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "全部"}", (writer, token) =>
                    writer.WritePagesAsync(
                        Headers,
                        (page, size) => mediator.Send(new ListOutreachQuery(year, townshipCode, page, size), token),
                        a => [a.Date, a.TownshipCode, a.Kind, a.Participants, a.Materials, a.RecordedBy],
                        token)) { SheetName = "政策宣传" };
            }

            return Results.Ok(await mediator.Send(new ListOutreachQuery(year, townshipCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct));
        })
        .WithName("ListOutreach")
        .WithSummary("Policy-outreach activities, by year and township; format=csv|xlsx exports them all");
}
