using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>
/// Applies the bank's result line by line: paid lines become paid awards (and an entry in the student's file),
/// failed lines release their award so the student can go into a later batch. The whole file is checked first and
/// applied only if every row is right; the same file sent again changes nothing.
/// </summary>
internal sealed class ReconcileBatchHandler(SubsidiesDbContext db, TimeProvider time, CountyClock county) : IRequestHandler<ReconcileBatchCommand, ReconcileResult>
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public async Task<ReconcileResult> Handle(ReconcileBatchCommand request, CancellationToken cancellationToken)
    {
        var batch = await db.LoadBatchAsync(request.BatchId, cancellationToken);
        if (batch.Status == BatchStatus.Draft)
        {
            throw new ConflictException("status", "the batch is not approved yet; there is nothing to reconcile");
        }

        var (rows, errors) = await BankResultReader.ReadAsync(request.Csv, MaxBytes, cancellationToken);
        var lines = batch.Lines.ToDictionary(l => l.NationalId);
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            if (!seen.TryAdd(row.NationalId, row.Line))
            {
                errors.Add(new BankRowError(row.Line, "national_id", $"the same national ID is already on line {seen[row.NationalId]}"));
            }
            else if (!lines.TryGetValue(row.NationalId, out var line) || line.Status is LineStatus.Excluded or LineStatus.Pending or LineStatus.NeedsReview)
            {
                errors.Add(new BankRowError(row.Line, "national_id", "is not an approved line of this batch"));
            }
            else if (line.Amount != row.Amount)
            {
                errors.Add(new BankRowError(row.Line, "amount", $"{row.Amount:0.00} differs from the batch's {line.Amount:0.00}"));
            }
            else if (line.Status is LineStatus.Paid or LineStatus.Failed && (line.Status == LineStatus.Paid) != row.Paid)
            {
                errors.Add(new BankRowError(row.Line, "status", $"this line was already reconciled as {line.Status}"));
            }
        }

        if (errors.Count > 0)
        {
            return new ReconcileResult(0, 0, 0, errors.Select(e => e.Line).Distinct().Count(), false, errors.OrderBy(e => e.Line).ToList());
        }

        var (paid, failed, already) = await ApplyAsync(batch, rows, lines, cancellationToken);
        return new ReconcileResult(paid, failed, already, 0, true, []);
    }

    private async Task<(int Paid, int Failed, int Already)> ApplyAsync(Batch batch, List<BankResultRow> rows, Dictionary<string, BatchLine> lines, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        var payments = await db.Payments.Where(p => p.BatchId == batch.Id).ToDictionaryAsync(p => p.StudentId, cancellationToken);
        var now = time.GetUtcNow();
        var (paid, failed, already) = (0, 0, 0);
        foreach (var row in rows)
        {
            var line = lines[row.NationalId];
            if (line.Status is LineStatus.Paid or LineStatus.Failed)
            {
                already++;
                continue;
            }

            line.BankReference = row.Reference;
            if (row.Paid)
            {
                var payment = payments[line.StudentId];
                payment.Status = PaymentStatus.Paid;
                payment.PaidOn = county.Today;
                payment.BankReference = row.Reference;
                line.Status = LineStatus.Paid;
                db.AddToOutbox(StudentFileEntries.Awarded(programme, batch, line, county.Today, payment), now);
                paid++;
            }
            else
            {
                db.Payments.Remove(payments[line.StudentId]);
                line.Status = LineStatus.Failed;
                line.Note = row.Reason ?? "the bank could not pay";
                failed++;
            }
        }

        if (batch.Lines.All(l => l.Status is not LineStatus.Approved))
        {
            batch.Status = BatchStatus.Reconciled;
        }

        batch.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return (paid, failed, already);
    }
}
