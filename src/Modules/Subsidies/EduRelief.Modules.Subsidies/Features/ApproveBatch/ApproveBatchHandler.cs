using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ApproveBatch;

/// <summary>
/// A second person approves a draft. Approval reserves one award per line in <c>Payments</c>, whose unique key
/// (student, programme, term) makes the database refuse a second award, whichever batch or request asks.
/// In-kind aid is delivered, not paid through a bank: its awards are recorded as given at approval.
/// </summary>
internal sealed class ApproveBatchHandler(SubsidiesDbContext db, ICallerContext caller, TimeProvider time, CountyClock county)
    : IRequestHandler<ApproveBatchCommand, Unit>
{
    public async Task<Unit> Handle(ApproveBatchCommand request, CancellationToken cancellationToken)
    {
        // SQLite begins this transaction IMMEDIATE: approvals take turns, so the budget check and the awards it
        // allows are one step, and a second approval of the same batch finds it already approved.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.LoadBatchAsync(request.BatchId, cancellationToken);
        batch.EnsureDraft("approved");
        FourEyes.EnsureApproverIsNotCreator(batch.CreatedBy, caller);
        var review = batch.Lines.Count(l => l.Status == LineStatus.NeedsReview);
        if (review > 0)
        {
            throw new ConflictException("lines", $"{review} line(s) need review after registry changes; rebuild the batch first");
        }

        var programme = await db.Programmes.FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        var pending = batch.Lines.Where(l => l.Status == LineStatus.Pending).ToList();
        await EnsureWithinBudgetAsync(batch, pending.Sum(l => l.Amount), cancellationToken);

        var now = time.GetUtcNow();
        var inKind = programme.Delivery == Delivery.InKind;
        foreach (var line in pending)
        {
            line.Status = inKind ? LineStatus.Paid : LineStatus.Approved;
            var payment = new Payment
            {
                StudentId = line.StudentId,
                Programme = batch.Programme,
                Term = batch.Term,
                Year = batch.Year,
                BatchId = batch.Id,
                Amount = line.Amount,
                Status = inKind ? PaymentStatus.Paid : PaymentStatus.Reserved,
                PaidOn = inKind ? county.Today : null,
            };
            db.Payments.Add(payment);
            if (inKind)
            {
                db.AddToOutbox(StudentFileEntries.Awarded(programme, batch, line, county.Today, payment), now);
            }
        }

        batch.Status = inKind ? BatchStatus.Reconciled : BatchStatus.Approved;
        batch.ApprovedBy = caller.UserName;
        batch.ApprovedAt = now;
        batch.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            throw new ConflictException("batch", "some students of this batch were already awarded this programme for this term by another batch; rebuild the batch");
        }

        return Unit.Value;
    }

    private async Task EnsureWithinBudgetAsync(Batch batch, decimal amount, CancellationToken cancellationToken)
    {
        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.Programme == batch.Programme && b.Year == batch.Year, cancellationToken);
        if (budget is null)
        {
            return;
        }

        var committed = (await db.Payments.Where(p => p.Programme == batch.Programme && p.Year == batch.Year).Select(p => p.Amount).ToListAsync(cancellationToken)).Sum();
        if (committed + amount > budget.Amount)
        {
            throw new ConflictException(
                "budget",
                $"approving ¥{amount:N2} would bring {batch.Programme} {batch.Year} to ¥{committed + amount:N2}, over its budget of ¥{budget.Amount:N2}");
        }
    }
}
