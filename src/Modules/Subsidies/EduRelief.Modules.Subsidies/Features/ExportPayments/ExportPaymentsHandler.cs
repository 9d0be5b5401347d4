using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Features.ListPayments;
using EduRelief.Modules.Subsidies.Web.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ExportPayments;

/// <summary>The payments list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportPaymentsHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ExportPaymentsQuery, long>
{
    private static readonly string[] Headers =
        ["身份证号", "姓名", "学校代码", "乡镇代码", "资助项目", "学期", "金额（元）", "状态", "支付日期", "银行流水号", "批次编号"];

    public async Task<long> Handle(ExportPaymentsQuery request, CancellationToken cancellationToken)
    {
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        var payments = PaymentRows.Matching(db, caller, request.Filter).OrderBy(r => r.Payment.Id).AsAsyncEnumerable();
        await foreach (var row in payments.WithCancellation(cancellationToken))
        {
            var p = PaymentRows.ToResponse(row, caller);
            ExportCell[] cells =
            [
                p.NationalId, p.Name, p.SchoolCode, p.TownshipCode, p.ProgrammeCode.ToString(), p.Term, p.Amount,
                ConsoleTexts.PaymentStatusName(p.Status).Chinese, p.PaidOn, p.BankReference, p.BatchId.ToString(),
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
