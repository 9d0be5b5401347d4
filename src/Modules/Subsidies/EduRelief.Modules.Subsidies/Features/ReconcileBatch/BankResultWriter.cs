using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>
/// Records the bank's result of each line in the reconciliation's transaction (row statements: prepared on SQLite,
/// 500 to a round trip on PostgreSQL): a paid line makes its award paid and adds it to the student's file; a failed
/// line releases its award for a later batch. <see cref="Complete"/> before commit.
/// </summary>
internal sealed class BankResultWriter : IDisposable
{
    private readonly Programme _programme;
    private readonly Batch _batch;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;
    private readonly RowStatement _markLine;
    private readonly RowStatement _markAwardPaid;
    private readonly RowStatement _releaseAward;
    private readonly BulkWriter _bulk;
    private readonly OutboxWriter _outbox;

    public BankResultWriter(DbContext db, Programme programme, Batch batch, DateOnly today, DateTimeOffset now)
    {
        (_programme, _batch, _today, _now) = (programme, batch, today, now);
        _markLine = RowStatement.Prepare(db.Database, """
            UPDATE "BatchLines" SET "Status" = @status, "BankReference" = @reference, "Note" = coalesce(@note, "Note")
            WHERE "Id" = @id AND "BatchId" = @batchId AND "Status" = 'Approved'
            """, "@status", "@reference", "@note", "@id", "@batchId");
        const string award = "\"StudentId\" = @studentId AND \"Programme\" = @programme AND \"Term\" = @term AND \"BatchId\" = @batchId";
        _markAwardPaid = RowStatement.Prepare(db.Database, $"""
            UPDATE "Payments" SET "Status" = @status, "PaidOn" = @paidOn, "BankReference" = @reference WHERE {award} AND "Status" = 'Reserved'
            """, "@status", "@paidOn", "@reference", "@studentId", "@programme", "@term", "@batchId");
        _releaseAward = RowStatement.Prepare(db.Database, $"""
            DELETE FROM "Payments" WHERE {award} AND "Status" = 'Reserved'
            """, "@studentId", "@programme", "@term", "@batchId");
        _bulk = new BulkWriter(db);
        _outbox = new OutboxWriter(_bulk);
    }

    public void Paid(ReconcilingLine line, string reference)
    {
        MarkLine(line, LineStatus.Paid, reference, note: null);
        _markAwardPaid.Run([PaymentStatus.Paid.ToString(), _today, reference, .. Award(line)], changed => ExpectOneRow(changed, line));
        _outbox.Add(StudentFileEntries.Awarded(_programme, _batch, line.StudentId, line.Amount, _today, StoredText.BankReference(reference)), _now);
    }

    public void Failed(ReconcilingLine line, string reference, string reason)
    {
        MarkLine(line, LineStatus.Failed, reference, reason);
        _releaseAward.Run(Award(line), changed => ExpectOneRow(changed, line));
    }

    /// <summary>Sends what is still queued; call it before the reconciliation commits.</summary>
    public void Complete()
    {
        _markLine.Flush();
        _markAwardPaid.Flush();
        _releaseAward.Flush();
        _bulk.Flush();
    }

    public void Dispose()
    {
        _markLine.Dispose();
        _markAwardPaid.Dispose();
        _releaseAward.Dispose();
        _bulk.Dispose();
    }

    private void MarkLine(ReconcilingLine line, LineStatus status, string reference, string? note) =>
        _markLine.Run([status.ToString(), reference, note, line.Id, _batch.Id], changed => ExpectOneRow(changed, line));

    /// <summary>
    /// An approved line always has its reserved award. If either is missing, something outside this flow changed
    /// them: refuse the file, and the transaction rolls back, rather than pay a line whose award no longer holds the
    /// unique key.
    /// </summary>
    private static void ExpectOneRow(int changed, ReconcilingLine line)
    {
        if (changed != 1)
        {
            throw new ConflictException("batch", new UserText(
                $"身份证号 {line.NationalId} 的明细没有待支付的预留发放记录，整个回盘文件未做任何更改；请联系系统管理员核查",
                $"the line of national ID {line.NationalId} has no reserved award to pay; nothing in the file was recorded; ask the system administrator to check"));
        }
    }

    private object?[] Award(ReconcilingLine line) => [line.StudentId, _batch.Programme.ToString(), _batch.Term, _batch.Id];
}
