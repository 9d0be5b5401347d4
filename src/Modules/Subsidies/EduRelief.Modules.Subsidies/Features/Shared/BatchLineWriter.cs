using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// Writes a batch's lines as they are computed, in bulk in the batch's transaction, so a batch of 100,000 students is
/// never held in memory; the batch tests read the lines back through EF Core. <see cref="Flush"/> before commit.
/// </summary>
internal sealed class BatchLineWriter : IDisposable
{
    private readonly BulkWriter _bulk;
    private readonly BulkTable<BatchLine> _lines;
    private readonly Guid _batchId;

    public BatchLineWriter(DbContext db, Guid batchId)
    {
        _batchId = batchId;
        _bulk = new BulkWriter(db);
        _lines = _bulk.Table<BatchLine>();
    }

    public void Add(BatchLine line)
    {
        if (line.BatchId != _batchId)
        {
            throw new ArgumentException("The line belongs to another batch.", nameof(line));
        }

        _lines.Add(line);
    }

    public void Flush() => _bulk.Flush();

    public void Dispose() => _bulk.Dispose();
}
