using System.Data.Common;
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

    public BatchLineWriter(DbConnection connection, DbTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT INTO BatchLines (BatchId, StudentId, NationalId, Name, SchoolCode, TownshipCode, Amount, Rule, Status, Note)
            VALUES ($batchId, $studentId, $nationalId, $name, $schoolCode, $townshipCode, $amount, $rule, $status, $note)
            """;
        foreach (var name in new[] { "$batchId", "$studentId", "$nationalId", "$name", "$schoolCode", "$townshipCode", "$amount", "$rule", "$status", "$note" })
        {
            var parameter = _insert.CreateParameter();
            parameter.ParameterName = name;
            _insert.Parameters.Add(parameter);
        }

        _insert.Prepare();
    }

    public void Add(BatchLine line)
    {
        var p = _insert.Parameters;
        p[0].Value = line.BatchId.ToString().ToUpperInvariant();
        p[1].Value = line.StudentId.ToString().ToUpperInvariant();
        p[2].Value = line.NationalId;
        p[3].Value = line.Name;
        p[4].Value = line.SchoolCode;
        p[5].Value = line.TownshipCode;
        p[6].Value = (long)decimal.Round(line.Amount * 100m, 0, MidpointRounding.AwayFromZero);
        p[7].Value = line.Rule;
        p[8].Value = line.Status.ToString();
        p[9].Value = (object?)line.Note ?? DBNull.Value;
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}
