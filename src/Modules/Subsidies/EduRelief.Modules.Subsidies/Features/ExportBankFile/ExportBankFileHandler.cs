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
/// One row per approved line not yet paid: its reference, the student, and the account it is paid into as stamped at
/// approval (<see cref="LineAccount"/>), so a later change in the Registry does not change what this batch pays.
/// Lines held back for want of an account are not in it.
/// </summary>
internal sealed class ExportBankFileHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ExportBankFileQuery, long>
{
    public async Task<long> Handle(ExportBankFileQuery request, CancellationToken cancellationToken)
    {
        // A bank file is a county-level document: every township's children, with full IDs. Scope is not a filter
        // here (a partial file would pay part of an approved batch), so a caller short of the whole county is refused.
        if (!caller.Scope.All || !caller.CanWrite(SubsidiesModule.ModuleName))
        {
            throw new ForbiddenException(new UserText("银行代发文件为全县文件，仅限有资助模块修改权限的县级用户导出", "the bank file covers the whole county; only county-wide users who may change Subsidies data export it"));
        }

        if (!caller.CanSeeFullNationalIds)
        {
            throw new ForbiddenException(new UserText("银行代发文件含完整身份证号和账号，需有查看完整身份证号的权限", "the bank file carries full national IDs and account numbers; it needs the right to see them"));
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

        var lines = from l in db.BatchLines.AsNoTracking()
                    where l.BatchId == batch.Id && l.Status == LineStatus.Approved
                    join a in db.LineAccounts on l.Id equals a.BatchLineId
                    orderby l.Id
                    select new { l.Id, l.NationalId, l.Name, a.Holder, a.Bank, a.Number, l.Amount };
        await request.Writer.WriteHeaderAsync(BankFile.Headers, cancellationToken);
        var written = 0L;
        await foreach (var line in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await request.Writer.WriteRowAsync([BatchLineReference.Of(line.Id), line.NationalId, line.Name, line.Holder, line.Bank, line.Number, line.Amount], cancellationToken);
            written++;
        }

        return written;
    }
}
