using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Web.Shared;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListBatches;

internal sealed class ListBatchesEndpoint : IEndpoint
{
    private static readonly string[] Headers = ["资助项目", "学期", "状态", "人数", "金额（元）", "创建人", "创建时间", "审批人", "审批时间", "批次编号"];

    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/batches", async Task<IResult> (string? programmeCode, string? term, int? year, string? status, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"发放批次-{county.Today:yyyyMMdd}", (writer, token) =>
                    writer.WritePagesAsync(
                        Headers,
                        (page, size) => mediator.Send(new ListBatchesQuery(programmeCode, term, year, status, page, size), token),
                        b =>
                        [
                            b.ProgrammeCode.ToString(), b.Term, ConsoleTexts.BatchStatusName(b.Status).Chinese, b.Lines, b.TotalAmount,
                            b.CreatedBy, ConsoleTexts.Instant(b.CreatedAt, county), b.ApprovedBy, ConsoleTexts.Instant(b.ApprovedAt, county), b.Id.ToString(),
                        ],
                        token)) { SheetName = "发放批次" };
            }

            return Results.Ok(await mediator.Send(new ListBatchesQuery(programmeCode, term, year, status, paging.PageOrDefault, paging.PageSizeOrDefault), ct));
        })
        .WithName("ListBatches")
        .WithSummary("Batches (without their lines), by programme, term, year or status, newest term first; format=csv|xlsx exports them all");
}
