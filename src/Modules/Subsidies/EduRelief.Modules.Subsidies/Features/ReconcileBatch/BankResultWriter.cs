using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>
/// Records the bank's result of each line with prepared statements in the reconciliation's transaction: a paid line
/// makes its award paid and adds it to the student's file; a failed line releases its award for a later batch.
/// </summary>
internal sealed class BankResultWriter : IDisposable
{
    private readonly Programme _programme;
    private readonly Batch _batch;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;
    private readonly PreparedStatement _markLine;
    private readonly PreparedStatement _markAwardPaid;
    private readonly PreparedStatement _releaseAward;
    private readonly BulkWriter _bulk;
    private readonly OutboxWriter _outbox;

    public BankResultWriter(DbContext db, Programme programme, Batch batch, DateOnly today, DateTimeOffset now)
    {
        var database = db.Database;
        (_programme, _batch, _today, _now) = (programme, batch, today, now);
        _markLine = PreparedStatement.Prepare(database, """
            UPDATE "BatchLines" SET "Status" = @status, "BankReference" = @reference, "Note" = coalesce(@note, "Note")
            WHERE "Id" = @id AND "BatchId" = @batchId AND "Status" = 'Approved'
            """, "@status", "@reference", "@note", "@id", "@batchId");
        const string award = "\"StudentId\" = @studentId AND \"Programme\" = @programme AND \"Term\" = @term AND \"BatchId\" = @batchId";
        _markAwardPaid = PreparedStatement.Prepare(database, $"""
            UPDATE "Payments" SET "Status" = @status, "PaidOn" = @paidOn, "BankReference" = @reference WHERE {award} AND "Status" = 'Reserved'
            """, "@status", "@paidOn", "@reference", "@studentId", "@programme", "@term", "@batchId");
        _releaseAward = PreparedStatement.Prepare(database, $"""
            DELETE FROM "Payments" WHERE {award} AND "Status" = 'Reserved'
            """, "@studentId", "@programme", "@term", "@batchId");
        _bulk = new BulkWriter(db);
        _outbox = new OutboxWriter(_bulk);
    }

    public void Paid(ReconcilingLine line, string reference)
    {
        MarkLine(line, LineStatus.Paid, reference, note: null);
        _markAwardPaid[0] = PaymentStatus.Paid.ToString();
        _markAwardPaid[1] = _today;
        _markAwardPaid[2] = reference;
        SetAward(_markAwardPaid, 3, line);
        ExpectOneRow(_markAwardPaid, line);
        _outbox.Add(StudentFileEntries.Awarded(_programme, _batch, line.StudentId, line.Amount, _today, StoredText.BankReference(reference)), _now);
    }

    public void Failed(ReconcilingLine line, string reference, string reason)
    {
        MarkLine(line, LineStatus.Failed, reference, reason);
        SetAward(_releaseAward, 0, line);
        ExpectOneRow(_releaseAward, line);
    }

    /// <summary>Writes the student-file entries still queued; call it before the reconciliation commits.</summary>
    public void Complete() => _bulk.Flush();

    public void Dispose()
    {
        _markLine.Dispose();
        _markAwardPaid.Dispose();
        _releaseAward.Dispose();
        _bulk.Dispose();
    }

    private void MarkLine(ReconcilingLine line, LineStatus status, string reference, string? note)
    {
        _markLine[0] = status.ToString();
        _markLine[1] = reference;
        _markLine[2] = note;
        _markLine[3] = line.Id;
        _markLine[4] = _batch.Id;
        ExpectOneRow(_markLine, line);
    }

    /// <summary>
    /// An approved line always has its reserved award. If either is missing, something outside this flow changed
    /// them: refuse the file, and the transaction rolls back, rather than pay a line whose award no longer holds the
    /// unique key.
    /// </summary>
    private static void ExpectOneRow(PreparedStatement statement, ReconcilingLine line)
    {
        if (statement.Execute() != 1)
        {
            throw new ConflictException("batch", new UserText(
                $"身份证号 {line.NationalId} 的明细没有待支付的预留发放记录，整个回盘文件未做任何更改；请联系系统管理员核查",
                $"the line of national ID {line.NationalId} has no reserved award to pay; nothing in the file was recorded; ask the system administrator to check"));
        }
    }

    private void SetAward(PreparedStatement statement, int first, ReconcilingLine line)
    {
        statement[first] = line.StudentId;
        statement[first + 1] = _batch.Programme.ToString();
        statement[first + 2] = _batch.Term;
        statement[first + 3] = _batch.Id;
    }
}
