using System.Globalization;
using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Access.Data;
using EduRelief.Modules.Access.Features.ListAuditEntries;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Features.ExportAuditEntries;

/// <summary>The log's entries in one streamed query, the time in the county's own clock as the console shows it.</summary>
internal sealed class ExportAuditEntriesHandler(AccessDbContext db, CountyClock county) : IRequestHandler<ExportAuditEntriesQuery, long>
{
    private static readonly string[] Headers = ["时间", "用户", "模块", "操作", "记录", "结果", "详情"];

    public async Task<long> Handle(ExportAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        var entries = AuditEntryRows.Matching(db, county, request.Filter).OrderByDescending(e => e.Id).AsAsyncEnumerable();
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            ExportCell[] cells = [LocalTime(e.AtUtc), e.UserName, e.Module, e.Action, e.Records, e.Outcome.ToString(), e.Detail];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }

    private string LocalTime(DateTime atUtc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc), county.TimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
