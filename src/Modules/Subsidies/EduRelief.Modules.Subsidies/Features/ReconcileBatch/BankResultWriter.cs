using System.Data.Common;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

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
    private readonly DbCommand _markLine;
    private readonly DbCommand _markAwardPaid;
    private readonly DbCommand _releaseAward;
    private readonly OutboxWriter _outbox;

    public BankResultWriter(DbConnection connection, DbTransaction transaction, Programme programme, Batch batch, DateOnly today, DateTimeOffset now)
    {
        (_programme, _batch, _today, _now) = (programme, batch, today, now);
        _markLine = PreparedCommand.Prepare(connection, transaction, """
            UPDATE BatchLines SET Status = $status, BankReference = $reference, Note = coalesce($note, Note)
            WHERE Id = $id AND BatchId = $batchId AND Status = 'Approved'
            """, "$status", "$reference", "$note", "$id", "$batchId");
        const string award = "StudentId = $studentId AND Programme = $programme AND Term = $term AND BatchId = $batchId";
        _markAwardPaid = PreparedCommand.Prepare(connection, transaction, $"""
            UPDATE Payments SET Status = $status, PaidOn = $paidOn, BankReference = $reference WHERE {award} AND Status = 'Reserved'
            """, "$status", "$paidOn", "$reference", "$studentId", "$programme", "$term", "$batchId");
        _releaseAward = PreparedCommand.Prepare(connection, transaction, $"""
            DELETE FROM Payments WHERE {award} AND Status = 'Reserved'
            """, "$studentId", "$programme", "$term", "$batchId");
        _outbox = new OutboxWriter(connection, transaction);
    }

    public void Paid(ReconcilingLine line, string reference)
    {
        MarkLine(line, LineStatus.Paid, reference, note: null);
        var p = _markAwardPaid.Parameters;
        p[0].Value = PaymentStatus.Paid.ToString();
        p[1].Value = SqliteText.Of(_today);
        p[2].Value = reference;
        SetAward(p, 3, line);
        ExpectOneRow(_markAwardPaid, line);
        _outbox.Add(StudentFileEntries.Awarded(_programme, _batch, line.StudentId, line.Amount, _today, StoredText.BankReference(reference)), _now);
    }

    public void Failed(ReconcilingLine line, string reference, string reason)
    {
        MarkLine(line, LineStatus.Failed, reference, reason);
        SetAward(_releaseAward.Parameters, 0, line);
        ExpectOneRow(_releaseAward, line);
    }

    public void Dispose()
    {
        _markLine.Dispose();
        _markAwardPaid.Dispose();
        _releaseAward.Dispose();
        _outbox.Dispose();
    }

    private void MarkLine(ReconcilingLine line, LineStatus status, string reference, string? note)
    {
        var p = _markLine.Parameters;
        p[0].Value = status.ToString();
        p[1].Value = reference;
        p[2].Value = (object?)note ?? DBNull.Value;
        p[3].Value = line.Id;
        p[4].Value = SqliteText.Of(_batch.Id);
        ExpectOneRow(_markLine, line);
    }

    /// <summary>
    /// An approved line always has its reserved award. If either is missing, something outside this flow changed
    /// them: refuse the file, and the transaction rolls back, rather than pay a line whose award no longer holds the
    /// unique key.
    /// </summary>
    private static void ExpectOneRow(DbCommand command, ReconcilingLine line)
    {
        if (command.ExecuteNonQuery() != 1)
        {
            throw new ConflictException("batch", new UserText(
                $"身份证号 {line.NationalId} 的明细没有待支付的预留发放记录，整个回盘文件未做任何更改；请联系系统管理员核查",
                $"the line of national ID {line.NationalId} has no reserved award to pay; nothing in the file was recorded; ask the system administrator to check"));
        }
    }

    private void SetAward(DbParameterCollection p, int first, ReconcilingLine line)
    {
        p[first].Value = SqliteText.Of(line.StudentId);
        p[first + 1].Value = _batch.Programme.ToString();
        p[first + 2].Value = _batch.Term;
        p[first + 3].Value = SqliteText.Of(_batch.Id);
    }
}
