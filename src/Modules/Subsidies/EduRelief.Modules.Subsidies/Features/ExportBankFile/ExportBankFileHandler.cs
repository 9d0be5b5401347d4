using System.Globalization;
using System.Text;
using EduRelief.BuildingBlocks.Csv;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

/// <summary>
/// <c>national_id,name,account_holder,amount</c> for every approved line not yet paid. The registry keeps no
/// guardian account, so the account holder is the student's name, as the bank's aid cards are issued.
/// </summary>
internal sealed class ExportBankFileHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ExportBankFileQuery, string>
{
    public async Task<string> Handle(ExportBankFileQuery request, CancellationToken cancellationToken)
    {
        // A bank file is a county-level document: every township's children, with full IDs. Scope is not a filter
        // here (a partial file would pay part of an approved batch), so a caller short of the whole county is refused.
        if (!caller.Scope.All || !caller.CanWrite(SubsidiesModule.ModuleName))
        {
            throw new ForbiddenException(new UserText("银行代发文件为全县文件，仅限有资助模块修改权限的县级用户导出", "the bank file covers the whole county; only county-wide users who may change Subsidies data export it"));
        }

        if (!caller.CanSeeFullNationalIds)
        {
            throw new ForbiddenException(new UserText("银行代发文件含完整身份证号，需有查看完整身份证号的权限", "the bank file carries full national IDs; it needs the right to see them"));
        }

        var batch = await db.FindBatchAsync(request.BatchId, cancellationToken);
        var programme = await db.Programmes.FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        if (programme.Delivery == Delivery.InKind)
        {
            throw new ConflictException("programmeCode", new UserText($"{programme.Code} 为实物资助，没有银行代发文件", $"{programme.Code} is given in kind; there is no bank file"));
        }

        if (batch.Status == BatchStatus.Draft)
        {
            throw new ConflictException("status", new UserText("该批次尚未审批", "the batch is not approved yet"));
        }

        var csv = new StringBuilder("national_id,name,account_holder,amount\n");
        var lines = db.BatchLines.AsNoTracking()
            .Where(l => l.BatchId == batch.Id && l.Status == LineStatus.Approved)
            .OrderBy(l => l.Id)
            .Select(l => new { l.NationalId, l.Name, l.Amount });
        await foreach (var line in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.Append(line.NationalId).Append(',').Append(CsvField.Escape(line.Name)).Append(',').Append(CsvField.Escape(line.Name)).Append(',')
                .Append(line.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        }

        return csv.ToString();
    }
}
