using System.Data.Common;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;

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
            UPDATE BatchLines SET Status = $status, BankReference = $reference, Note = coalesce($note, Note) WHERE Id = $id
            """, "$status", "$reference", "$note", "$id");
        const string award = "StudentId = $studentId AND Programme = $programme AND Term = $term AND BatchId = $batchId";
        _markAwardPaid = PreparedCommand.Prepare(connection, transaction, $"""
            UPDATE Payments SET Status = $status, PaidOn = $paidOn, BankReference = $reference WHERE {award}
            """, "$status", "$paidOn", "$reference", "$studentId", "$programme", "$term", "$batchId");
        _releaseAward = PreparedCommand.Prepare(connection, transaction, $"""
            DELETE FROM Payments WHERE {award}
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
        _markAwardPaid.ExecuteNonQuery();
        _outbox.Add(StudentFileEntries.Awarded(_programme, _batch, line.StudentId, line.Amount, _today, $"bank reference {reference}"), _now);
    }

    public void Failed(ReconcilingLine line, string reference, string reason)
    {
        MarkLine(line, LineStatus.Failed, reference, reason);
        SetAward(_releaseAward.Parameters, 0, line);
        _releaseAward.ExecuteNonQuery();
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
        _markLine.ExecuteNonQuery();
    }

    private void SetAward(DbParameterCollection p, int first, ReconcilingLine line)
    {
        p[first].Value = SqliteText.Of(line.StudentId);
        p[first + 1].Value = _batch.Programme.ToString();
        p[first + 2].Value = _batch.Term;
        p[first + 3].Value = SqliteText.Of(_batch.Id);
    }
}
