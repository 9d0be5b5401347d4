using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ApproveBatch;

/// <summary>
/// At approval, each pending line of a cash programme gets the account the Registry holds for its student (asked
/// through the Registry's contract, a page of students at a time, and written in bulk); a line whose student has
/// none is held back as <see cref="LineStatus.NeedsAccount"/>, so it is neither awarded nor sent to the bank.
/// </summary>
internal sealed class LineAccountStamp(SubsidiesDbContext db, IMediator mediator)
{
    private const int PageSize = 2000;

    /// <returns>How many lines were held back.</returns>
    public async Task<int> StampAsync(Batch batch, CancellationToken cancellationToken)
    {
        using (var bulk = new BulkWriter(db))
        {
            var accounts = bulk.Table<LineAccount>();
            var after = 0L;
            while (true)
            {
                var page = await db.BatchLines.AsNoTracking()
                    .Where(l => l.BatchId == batch.Id && l.Status == LineStatus.Pending && l.Id > after)
                    .OrderBy(l => l.Id)
                    .Select(l => new { l.Id, l.StudentId })
                    .Take(PageSize)
                    .ToListAsync(cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                var held = await mediator.Send(new GetPaymentAccountsQuery([.. page.Select(l => l.StudentId)]), cancellationToken);
                foreach (var line in page)
                {
                    if (held.TryGetValue(line.StudentId, out var account))
                    {
                        accounts.Add(new LineAccount { BatchLineId = line.Id, Holder = account.Holder, Bank = account.Bank, Number = account.Number });
                    }
                }

                bulk.Flush();
                after = page[^1].Id;
            }
        }

        return await db.BatchLines
            .Where(l => l.BatchId == batch.Id && l.Status == LineStatus.Pending && !db.LineAccounts.Any(a => a.BatchLineId == l.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(l => l.Status, LineStatus.NeedsAccount).SetProperty(l => l.Note, StoredText.NoAccount()),
                cancellationToken);
    }
}
