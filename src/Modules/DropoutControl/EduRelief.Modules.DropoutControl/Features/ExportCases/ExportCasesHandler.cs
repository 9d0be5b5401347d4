using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.ListCases;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.ExportCases;

/// <summary>The dropout ledger as the case list filters it, in one streamed query, masked as the list masks it.</summary>
internal sealed class ExportCasesHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ExportCasesQuery, long>
{
    private static readonly string[] Headers =
        ["身份证号", "姓名", "乡镇代码", "学校代码", "发现日期", "发现人", "状态", "辍学原因", "限期返校日期", "逾期", "结果", "结果日期", "返回学校", "观察期至", "销号日期"];

    public async Task<long> Handle(ExportCasesQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var c in ListCasesHandler.Matching(db, caller, request.Filter, today).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            ExportCell[] cells =
            [
                caller.Shown(c.NationalId), c.StudentName, c.TownshipCode, c.SchoolCode, c.DetectedOn, c.DetectedBy, c.Stage.ToString(), c.ReasonCodes,
                c.NoticeReturnBy, c.OverdueOn(today) ? "是" : "否", c.Outcome?.ToString(), c.OutcomeOn, c.ReturnSchoolCode, c.ObservedUntil, c.ClosedOn,
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
