using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// Writes a batch's lines as they are computed, with one prepared statement in the batch's transaction, so a batch
/// of 100,000 students is never held in memory. It writes what EF Core would (amounts in fen, statuses by name);
/// the batch tests read the lines back through EF Core.
/// </summary>
internal sealed class BatchLineWriter : IDisposable
{
    private readonly PreparedStatement _insert;
    private readonly Guid _batchId;

    public BatchLineWriter(DatabaseFacade database, Guid batchId)
    {
        _batchId = batchId;
        _insert = PreparedStatement.Prepare(database, """
            INSERT INTO "BatchLines" ("BatchId", "StudentId", "NationalId", "Name", "SchoolCode", "TownshipCode", "Amount", "Rule", "Status", "Note")
            VALUES (@batchId, @studentId, @nationalId, @name, @schoolCode, @townshipCode, @amount, @rule, @status, @note)
            """, "@batchId", "@studentId", "@nationalId", "@name", "@schoolCode", "@townshipCode", "@amount", "@rule", "@status", "@note");
    }

    public void Add(BatchLine line)
    {
        if (line.BatchId != _batchId)
        {
            throw new ArgumentException("The line belongs to another batch.", nameof(line));
        }

        _insert[0] = _batchId;
        _insert[1] = line.StudentId;
        _insert[2] = line.NationalId;
        _insert[3] = line.Name;
        _insert[4] = line.SchoolCode;
        _insert[5] = line.TownshipCode;
        _insert[6] = YuanToFenConverter.Fen(line.Amount);
        _insert[7] = line.Rule;
        _insert[8] = line.Status.ToString();
        _insert[9] = line.Note;
        _insert.Execute();
    }

    public void Dispose() => _insert.Dispose();
}
