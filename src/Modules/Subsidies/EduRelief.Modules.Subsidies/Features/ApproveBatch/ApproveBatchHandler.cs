using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Periods;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ApproveBatch;

/// <summary>
/// A second person approves a draft. Approval reserves one award per line in <c>Payments</c>, whose unique key
/// (student, programme, term) makes the database refuse a second award, whichever batch or request asks.
/// In-kind aid is delivered, not paid through a bank: its awards are recorded as given at approval. Cash lines take
/// the account they are paid into from the Registry now, and a line without one is held back (<see cref="LineAccountStamp"/>).
/// The lines are never loaded: awards and statuses are written set-wise, so a batch of 100,000 approves in flat memory.
/// </summary>
internal sealed class ApproveBatchHandler(SubsidiesDbContext db, ICallerContext caller, TimeProvider time, CountyClock county, LineAccountStamp accounts, PeriodGuard periods)
    : IRequestHandler<ApproveBatchCommand, Unit>
{
    private const int PageSize = 2000;

    public async Task<Unit> Handle(ApproveBatchCommand request, CancellationToken cancellationToken)
    {
        // Writing Subsidies data is not enough: the second pair of eyes is a permission of its own.
        if (!caller.Has(EduReliefClaims.ApproveBatches))
        {
            throw new ForbiddenException(new UserText(
                $"{caller.UserName} 无权审批批次（需要 {EduReliefClaims.ApproveBatches} 权限）",
                $"{caller.UserName} may not approve batches (needs the {EduReliefClaims.ApproveBatches} permission)"));
        }

        // The batch's lock makes a second approval (or a rebuild, an exclusion) of the same batch wait and then find it
        // approved; approvals of one programme and year take turns on its budget, so the budget check and the awards it
        // allows are one step. Batch first, budget second, as everywhere.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.FindBatchAsync(request.BatchId, cancellationToken);
        await periods.EnsureOpenAsync("term", batch.Year, cancellationToken);
        await db.Database.LockAsync(BatchLocks.Of(batch), cancellationToken);
        await db.Database.LockAsync(BatchLocks.Budget(batch.Programme, batch.Year), cancellationToken);
        await db.Entry(batch).ReloadAsync(cancellationToken);
        var programme = await db.Programmes.FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        var inKind = programme.Delivery == Delivery.InKind;
        var now = time.GetUtcNow();

        // Any refusal below rolls the transaction back, and the batch with it.
        batch.Approve(caller.UserName, inKind, now);
        var lines = db.BatchLines.Where(l => l.BatchId == batch.Id);
        var review = await lines.CountAsync(l => l.Status == LineStatus.NeedsReview, cancellationToken);
        if (review > 0)
        {
            throw new ConflictException("lines", new UserText(
                $"学籍变动后有 {review} 条明细待复核；请先重算批次",
                $"{review} line(s) need review after registry changes; rebuild the batch first"));
        }

        if (!inKind)
        {
            await accounts.StampAsync(batch, cancellationToken);
        }

        await EnsureWithinBudgetAsync(batch, await lines.Where(l => l.Status == LineStatus.Pending).SumAsync(l => l.Amount, cancellationToken), cancellationToken);

        try
        {
            await ReserveAwardsAsync(batch, inKind, cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("batch", new UserText(
                "本批次部分学生本学期已在其他批次获得该项目资助；请重算批次",
                "some students of this batch were already awarded this programme for this term by another batch; rebuild the batch"));
        }

        var approved = inKind ? LineStatus.Paid : LineStatus.Approved;
        var awarded = await lines.Where(l => l.Status == LineStatus.Pending).ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, approved), cancellationToken);
        if (inKind)
        {
            await RecordInStudentFilesAsync(programme, batch, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await BatchCalculator.AfterBulkWriteAsync(db, awarded, cancellationToken);
        return Unit.Value;
    }

    /// <summary>One award per pending line, in one statement; the unique key refuses any that exists already.</summary>
    private async Task ReserveAwardsAsync(Batch batch, bool inKind, CancellationToken cancellationToken)
    {
        var (programme, pending) = (batch.Programme.ToString(), LineStatus.Pending.ToString());
        FormattableString reserve = $"""
            INSERT INTO "Payments" ("StudentId", "Programme", "Term", "Year", "BatchId", "Amount", "Status")
            SELECT "StudentId", {programme}, {batch.Term}, {batch.Year}, "BatchId", "Amount", {PaymentStatus.Reserved.ToString()}
            FROM "BatchLines" WHERE "BatchId" = {batch.Id} AND "Status" = {pending}
            """;
        if (inKind)
        {
            reserve = $"""
                INSERT INTO "Payments" ("StudentId", "Programme", "Term", "Year", "BatchId", "Amount", "Status", "PaidOn")
                SELECT "StudentId", {programme}, {batch.Term}, {batch.Year}, "BatchId", "Amount", {PaymentStatus.Paid.ToString()}, {county.Today}
                FROM "BatchLines" WHERE "BatchId" = {batch.Id} AND "Status" = {pending}
                """;
        }

        await db.Database.ExecuteSqlAsync(reserve, cancellationToken);
    }

    /// <summary>Aid given in kind is in the student's file from approval on; written page by page through the outbox.</summary>
    private async Task RecordInStudentFilesAsync(Programme programme, Batch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var bulk = new BulkWriter(db);
        var outbox = new OutboxWriter(bulk);
        var after = 0L;
        while (true)
        {
            var page = await db.BatchLines.AsNoTracking()
                .Where(l => l.BatchId == batch.Id && l.Status == LineStatus.Paid && l.Id > after)
                .OrderBy(l => l.Id)
                .Select(l => new { l.Id, l.StudentId, l.Amount, l.Rule })
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var line in page)
            {
                outbox.Add(StudentFileEntries.Awarded(programme, batch, line.StudentId, line.Amount, county.Today, line.Rule), now);
            }

            if (page.Count < PageSize)
            {
                bulk.Flush();
                return;
            }

            after = page[^1].Id;
        }
    }

    private async Task EnsureWithinBudgetAsync(Batch batch, decimal amount, CancellationToken cancellationToken)
    {
        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.Programme == batch.Programme && b.Year == batch.Year, cancellationToken);
        if (budget is null)
        {
            return;
        }

        var committed = await db.Payments.Where(p => p.Programme == batch.Programme && p.Year == batch.Year).SumAsync(p => p.Amount, cancellationToken);
        if (committed + amount > budget.Amount)
        {
            throw new ConflictException(
                "budget",
                new UserText(
                    $"审批 ¥{amount:N2} 后，{batch.Programme} {batch.Year} 年累计将达 ¥{committed + amount:N2}，超出预算 ¥{budget.Amount:N2}",
                    $"approving ¥{amount:N2} would bring {batch.Programme} {batch.Year} to ¥{committed + amount:N2}, over its budget of ¥{budget.Amount:N2}"));
        }
    }
}
