using EduRelief.BuildingBlocks.Periods;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>
/// Applies the bank's result line by line: paid lines become paid awards (and an entry in the student's file),
/// failed lines release their award so the student can go into a later batch. The whole file is checked first and
/// applied only if every row is right; the same file sent again changes nothing.
/// </summary>
internal sealed class ReconcileBatchHandler(SubsidiesDbContext db, TimeProvider time, CountyClock county, PeriodGuard periods) : IRequestHandler<ReconcileBatchCommand, ReconcileResult>
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public async Task<ReconcileResult> Handle(ReconcileBatchCommand request, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(request.BatchId, cancellationToken);
        await periods.EnsureOpenAsync("term", batch.Year, cancellationToken);
        batch.EnsureReconcilable();
        var (rows, errors) = await BankResultReader.ReadAsync(request.File, MaxBytes, cancellationToken);

        // Checked and applied in one transaction that holds the batch: the same file sent twice at once is applied once.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockAsync(BatchLocks.Of(batch), cancellationToken);
        await db.Entry(batch).ReloadAsync(cancellationToken);
        var lines = await db.BatchLines.AsNoTracking()
            .Where(l => l.BatchId == batch.Id)
            .Select(l => new ReconcilingLine(l.Id, l.NationalId, l.StudentId, l.Amount, l.Status))
            .ToListAsync(cancellationToken);
        var matched = Match(rows, lines, errors);
        if (errors.Count > 0)
        {
            return new ReconcileResult(0, 0, 0, errors.Select(e => e.Line).Distinct().Count(), false, errors.OrderBy(e => e.Line).ToList());
        }

        var (paid, failed, already) = await ApplyAsync(batch, matched, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReconcileResult(paid, failed, already, 0, true, []);
    }

    /// <summary>
    /// Finds each row's line: by the reference the bank file gave it, checked against the national ID when the row
    /// has one; a row whose reference is the bank's own is found by national ID. Then checks it can be applied.
    /// </summary>
    private static List<(BankResultRow Row, ReconcilingLine Line)> Match(List<BankResultRow> rows, List<ReconcilingLine> lines, List<BankRowError> errors)
    {
        var byId = lines.ToDictionary(l => l.Id);
        var byNationalId = lines.ToDictionary(l => l.NationalId, StringComparer.Ordinal);
        var seen = new Dictionary<long, int>();
        var matched = new List<(BankResultRow, ReconcilingLine)>();
        foreach (var row in rows)
        {
            ReconcilingLine? line;
            if (BatchLineReference.TryParse(row.Reference, out var lineId))
            {
                if (!byId.TryGetValue(lineId, out line))
                {
                    errors.Add(new BankRowError(row.Line, "reference", new UserText($"参考号 {row.Reference} 不属于本批次", $"reference {row.Reference} is not a line of this batch")));
                    continue;
                }

                if (row.NationalId.Length > 0 && row.NationalId != line.NationalId)
                {
                    errors.Add(new BankRowError(row.Line, "national_id", new UserText("与该参考号明细的学生身份证号不符", "does not match the student of the line with this reference")));
                    continue;
                }
            }
            else if (row.NationalId.Length == 0)
            {
                errors.Add(new BankRowError(row.Line, "national_id", new UserText("参考号不是本系统的参考号时必须填写身份证号", "is required when the reference is not one this system issued")));
                continue;
            }
            else if (!byNationalId.TryGetValue(row.NationalId, out line))
            {
                errors.Add(new BankRowError(row.Line, "national_id", new UserText("不是本批次已审批的明细", "is not an approved line of this batch")));
                continue;
            }

            if (!seen.TryAdd(line.Id, row.Line))
            {
                errors.Add(lineId > 0
                    ? new BankRowError(row.Line, "reference", new UserText($"与第 {seen[line.Id]} 行是同一条明细", $"is the same line as line {seen[line.Id]}"))
                    : new BankRowError(row.Line, "national_id", CommonTexts.SameNationalIdOnLine(seen[line.Id])));
            }
            else if (line.Status is LineStatus.Excluded or LineStatus.Pending or LineStatus.NeedsReview or LineStatus.NeedsAccount)
            {
                errors.Add(new BankRowError(row.Line, "national_id", new UserText("不是本批次已审批的明细", "is not an approved line of this batch")));
            }
            else if (line.Amount != row.Amount)
            {
                errors.Add(new BankRowError(row.Line, "amount", new UserText(
                    $"{row.Amount:0.00} 与批次金额 {line.Amount:0.00} 不符", $"{row.Amount:0.00} differs from the batch's {line.Amount:0.00}")));
            }
            else if (line.Status is LineStatus.Paid or LineStatus.Failed && (line.Status == LineStatus.Paid) != row.Paid)
            {
                errors.Add(new BankRowError(row.Line, "status", new UserText(
                    $"该明细已对账为{StatusNames.Chinese(line.Status)}", $"this line was already reconciled as {line.Status}")));
            }
            else
            {
                matched.Add((row, line));
            }
        }

        return matched;
    }

    private async Task<(int Paid, int Failed, int Already)> ApplyAsync(Batch batch, List<(BankResultRow Row, ReconcilingLine Line)> matched, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        var (paid, failed, already) = (0, 0, 0);
        using (var writer = new BankResultWriter(db, programme, batch, county.Today, time.GetUtcNow()))
        {
            foreach (var (row, line) in matched)
            {
                if (line.Status is LineStatus.Paid or LineStatus.Failed)
                {
                    already++;
                }
                else if (row.Paid)
                {
                    writer.Paid(line, row.Reference);
                    paid++;
                }
                else
                {
                    writer.Failed(line, row.Reference, row.Reason ?? StoredText.BankCouldNotPay());
                    failed++;
                }
            }

            writer.Complete();
        }

        batch.LinesReconciled(paid + failed, await db.BatchLines.AnyAsync(l => l.BatchId == batch.Id && l.Status == LineStatus.Approved, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return (paid, failed, already);
    }
}
