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
/// Records the bank's result in the reconciliation's transaction, a chunk of lines per statement (a <c>VALUES</c>
/// list both engines read): a paid line makes its award paid and adds it to the student's file; a failed line
/// releases its award for a later batch. Every statement must change exactly one row per line of its chunk.
/// </summary>
internal sealed class BankResultWriter : IDisposable
{
    private const int Chunk = 500;

    private readonly DbContext _db;
    private readonly Programme _programme;
    private readonly Batch _batch;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;
    private readonly BulkWriter _bulk;
    private readonly OutboxWriter _outbox;
    private readonly List<(ReconcilingLine Line, string Reference)> _paid = [];
    private readonly List<(ReconcilingLine Line, string Reference, string Reason)> _failed = [];
    private readonly Dictionary<(string Statement, int Rows), PreparedStatement> _statements = [];

    public BankResultWriter(DbContext db, Programme programme, Batch batch, DateOnly today, DateTimeOffset now)
    {
        (_db, _programme, _batch, _today, _now) = (db, programme, batch, today, now);
        _bulk = new BulkWriter(db);
        _outbox = new OutboxWriter(_bulk);
    }

    public void Paid(ReconcilingLine line, string reference)
    {
        _paid.Add((line, reference));
        _outbox.Add(StudentFileEntries.Awarded(_programme, _batch, line.StudentId, line.Amount, _today, StoredText.BankReference(reference)), _now);
        if (_paid.Count == Chunk)
        {
            WritePaid();
        }
    }

    public void Failed(ReconcilingLine line, string reference, string reason)
    {
        _failed.Add((line, reference, reason));
        if (_failed.Count == Chunk)
        {
            WriteFailed();
        }
    }

    /// <summary>Writes what is still queued; call it before the reconciliation commits.</summary>
    public void Complete()
    {
        WritePaid();
        WriteFailed();
        _bulk.Flush();
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _bulk.Dispose();
    }

    private void WritePaid()
    {
        if (_paid.Count == 0)
        {
            return;
        }

        var lines = Statement("paid-lines", _paid.Count, 2, values => $"""
            UPDATE "BatchLines" SET "Status" = 'Paid', "BankReference" = r.column2
            FROM (VALUES {values}) AS r
            WHERE "BatchLines"."Id" = r.column1 AND "BatchLines"."BatchId" = @batch AND "BatchLines"."Status" = 'Approved'
            """);
        var awards = Statement("paid-awards", _paid.Count, 2, values => $"""
            UPDATE "Payments" SET "Status" = 'Paid', "PaidOn" = @paidOn, "BankReference" = r.column2
            FROM (VALUES {values}) AS r
            WHERE "Payments"."StudentId" = r.column1 AND "Payments"."Programme" = @programme AND "Payments"."Term" = @term
              AND "Payments"."BatchId" = @batch AND "Payments"."Status" = 'Reserved'
            """);
        for (var i = 0; i < _paid.Count; i++)
        {
            var (line, reference) = _paid[i];
            (lines[2 * i], lines[(2 * i) + 1]) = (line.Id, reference);
            (awards[2 * i], awards[(2 * i) + 1]) = (line.StudentId, reference);
        }

        Expect(lines, _paid.Select(p => p.Line));
        Expect(awards, _paid.Select(p => p.Line), culprit: chunk => FirstWithout(chunk, PaymentStatus.Paid));
        _paid.Clear();
    }

    private void WriteFailed()
    {
        if (_failed.Count == 0)
        {
            return;
        }

        var lines = Statement("failed-lines", _failed.Count, 3, values => $"""
            UPDATE "BatchLines" SET "Status" = 'Failed', "BankReference" = r.column2, "Note" = coalesce(r.column3, "BatchLines"."Note")
            FROM (VALUES {values}) AS r
            WHERE "BatchLines"."Id" = r.column1 AND "BatchLines"."BatchId" = @batch AND "BatchLines"."Status" = 'Approved'
            """);
        var release = Statement("released-awards", _failed.Count, 1, values => $"""
            DELETE FROM "Payments"
            WHERE "Programme" = @programme AND "Term" = @term AND "BatchId" = @batch AND "Status" = 'Reserved'
              AND "StudentId" IN (SELECT column1 FROM (VALUES {values}) AS r)
            """);
        for (var i = 0; i < _failed.Count; i++)
        {
            var (line, reference, reason) = _failed[i];
            (lines[3 * i], lines[(3 * i) + 1], lines[(3 * i) + 2]) = (line.Id, reference, reason);
            release[i] = line.StudentId;
        }

        Expect(lines, _failed.Select(f => f.Line));

        // Failures are few: their awards are checked before they go, so the refusal can name the line without one.
        if (FirstWithout([.. _failed.Select(f => f.Line)], PaymentStatus.Reserved) is { } missing)
        {
            throw NoReservedAward(missing);
        }

        Expect(release, _failed.Select(f => f.Line));
        _failed.Clear();
    }

    /// <summary>A statement over <paramref name="rows"/> rows of <paramref name="width"/> values each, prepared once per size.</summary>
    private PreparedStatement Statement(string name, int rows, int width, Func<string, string> sql)
    {
        if (_statements.TryGetValue((name, rows), out var prepared))
        {
            return prepared;
        }

        var values = string.Join(", ", Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, width).Select(c => $"@v{(r * width) + c}")) + ")"));
        var shared = new[] { "@batch", "@programme", "@term", "@paidOn" };
        var text = sql(values);
        var names = Enumerable.Range(0, rows * width).Select(i => $"@v{i}").Concat(shared.Where(text.Contains)).ToArray();
        prepared = PreparedStatement.Prepare(_db.Database, text, names);
        for (var i = rows * width; i < names.Length; i++)
        {
            prepared[i] = names[i] switch
            {
                "@batch" => _batch.Id,
                "@programme" => _batch.Programme.ToString(),
                "@term" => _batch.Term,
                _ => _today,
            };
        }

        _statements[(name, rows)] = prepared;
        return prepared;
    }

    /// <summary>
    /// An approved line always has its reserved award. If either is missing, something outside this flow changed
    /// them: refuse the file, and the transaction rolls back, rather than pay a line whose award no longer holds the
    /// unique key.
    /// </summary>
    private static void Expect(PreparedStatement statement, IEnumerable<ReconcilingLine> lines, Func<List<ReconcilingLine>, ReconcilingLine?>? culprit = null)
    {
        var chunk = lines.ToList();
        if (statement.Execute() != chunk.Count)
        {
            throw NoReservedAward(culprit?.Invoke(chunk) ?? chunk[0]);
        }
    }

    private static ConflictException NoReservedAward(ReconcilingLine line) => new("batch", new UserText(
        $"身份证号 {line.NationalId} 的明细没有待支付的预留发放记录，整个回盘文件未做任何更改；请联系系统管理员核查",
        $"the line of national ID {line.NationalId} has no reserved award to pay; nothing in the file was recorded; ask the system administrator to check"));

    /// <summary>The first line of the chunk whose award is not (or no longer) in <paramref name="status"/>.</summary>
    private ReconcilingLine? FirstWithout(List<ReconcilingLine> chunk, PaymentStatus status)
    {
        var ids = chunk.Select(l => l.StudentId).ToList();
        var held = _db.Set<Payment>().AsNoTracking()
            .Where(p => p.BatchId == _batch.Id && p.Programme == _batch.Programme && p.Term == _batch.Term && p.Status == status && ids.Contains(p.StudentId))
            .Select(p => p.StudentId)
            .ToHashSet();
        return chunk.FirstOrDefault(l => !held.Contains(l.StudentId));
    }
}
