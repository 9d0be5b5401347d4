using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.ListSpending;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportSpending;

/// <summary>The spending list's rows in one streamed query: with <c>year</c>, the records behind the investment figure.</summary>
internal sealed class ExportSpendingHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ExportSpendingQuery, long>
{
    private static readonly string[] Headers = ["支出日期", "项目编号", "学校代码", "金额（元）", "用途", "经办人", "支出编号"];

    public Task<long> Handle(ExportSpendingQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, SpendingRows.Matching(db, caller.Scope, request.Filter).AsAsyncEnumerable(), s =>
            [s.SpentOn, s.ProjectCode, s.SchoolCode, s.Amount, s.Purpose, s.RecordedBy, s.Id], cancellationToken);
}
