using System.Data.Common;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// Writes a batch's lines as they are computed, with one prepared statement in the batch's transaction, so a batch
/// of 100,000 students is never held in memory. It writes the text forms EF Core uses (upper-case ids, amounts in
/// fen, statuses by name); the batch tests read the lines back through EF Core.
/// </summary>
internal sealed class BatchLineWriter : IDisposable
{
    private readonly DbCommand _insert;
    private readonly Guid _batchId;
    private readonly string _batchIdText;

    public BatchLineWriter(DbConnection connection, DbTransaction transaction, Guid batchId)
    {
        _batchId = batchId;
        _batchIdText = SqliteText.Of(batchId);
        _insert = PreparedCommand.Prepare(connection, transaction, """
            INSERT INTO BatchLines (BatchId, StudentId, NationalId, Name, SchoolCode, TownshipCode, Amount, Rule, Status, Note)
            VALUES ($batchId, $studentId, $nationalId, $name, $schoolCode, $townshipCode, $amount, $rule, $status, $note)
            """, "$batchId", "$studentId", "$nationalId", "$name", "$schoolCode", "$townshipCode", "$amount", "$rule", "$status", "$note");
    }

    public void Add(BatchLine line)
    {
        if (line.BatchId != _batchId)
        {
            throw new ArgumentException("The line belongs to another batch.", nameof(line));
        }

        var p = _insert.Parameters;
        p[0].Value = _batchIdText;
        p[1].Value = SqliteText.Of(line.StudentId);
        p[2].Value = line.NationalId;
        p[3].Value = line.Name;
        p[4].Value = line.SchoolCode;
        p[5].Value = line.TownshipCode;
        p[6].Value = SqliteText.Fen(line.Amount);
        p[7].Value = line.Rule;
        p[8].Value = line.Status.ToString();
        p[9].Value = (object?)line.Note ?? DBNull.Value;
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}
