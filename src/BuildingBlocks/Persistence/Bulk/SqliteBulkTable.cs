using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EduRelief.BuildingBlocks.Persistence.Bulk;

/// <summary>SQLite runs in the process: one prepared <c>INSERT</c> per row is already as fast as it writes.</summary>
internal sealed class SqliteBulkTable<TEntity> : BulkTableWriter<TEntity>
    where TEntity : class
{
    private readonly IReadOnlyList<BulkColumn> _columns;
    private readonly PreparedStatement _insert;

    public SqliteBulkTable(DatabaseFacade database, StoreObjectIdentifier table, IReadOnlyList<BulkColumn> columns)
    {
        _columns = columns;
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var parameters = columns.Select((_, i) => $"@p{i}").ToArray();
        _insert = PreparedStatement.Prepare(database, $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({string.Join(", ", parameters)})", parameters);
    }

    public override void Add(TEntity row)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            _insert[i] = _columns[i].ValueOf(row);
        }

        _insert.Execute();
    }

    public override void Flush()
    {
    }

    public override void Dispose() => _insert.Dispose();
}
