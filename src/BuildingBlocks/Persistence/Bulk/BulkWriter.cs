using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace EduRelief.BuildingBlocks.Persistence.Bulk;

/// <summary>
/// Inserts many rows of entity types, in the context's current transaction, as fast as the engine allows, exactly as
/// EF Core would store them (columns, converters and stored forms from the model). On SQLite every row is one run of
/// a prepared statement in the process; on PostgreSQL rows are queued and sent by binary <c>COPY</c> a chunk at a
/// time, every table in the order it was opened so that a row's parent is always written first. Call
/// <see cref="Flush"/> before the transaction commits; a writer disposed without it writes nothing more.
/// Between flushes the connection is free for other statements.
/// </summary>
public sealed class BulkWriter(DbContext db, int chunkRows = BulkWriter.DefaultChunkRows) : IDisposable
{
    public const int DefaultChunkRows = 10_000;

    private readonly List<IBulkTableWriter> _tables = [];
    private readonly DatabaseProvider _engine = DatabaseEngine.Of(db.Database);
    private int _queued;

    public BulkTable<TEntity> Table<TEntity>()
        where TEntity : class
    {
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("A bulk write runs in the caller's transaction; begin one first.");
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity)} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = BulkColumn.Of(entity, table);
        BulkTableWriter<TEntity> writer = _engine == DatabaseProvider.PostgreSql
            ? new PostgreSqlBulkTable<TEntity>(this, (NpgsqlConnection)db.Database.GetDbConnection(), table, columns)
            : new SqliteBulkTable<TEntity>(db.Database, table, columns);
        _tables.Add(writer);
        return writer;
    }

    /// <summary>Sends every queued row; after it the transaction holds everything added so far.</summary>
    public void Flush()
    {
        foreach (var table in _tables)
        {
            table.Flush();
        }

        _queued = 0;
    }

    public void Dispose()
    {
        foreach (var table in _tables)
        {
            table.Dispose();
        }
    }

    internal void Queued()
    {
        if (++_queued >= chunkRows)
        {
            Flush();
        }
    }
}
