using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace EduRelief.BuildingBlocks.Persistence.Bulk;

/// <summary>PostgreSQL is a round trip away: rows are queued and sent by binary <c>COPY</c>, a chunk at a time.</summary>
internal sealed class PostgreSqlBulkTable<TEntity>(BulkWriter writer, NpgsqlConnection connection, StoreObjectIdentifier table, IReadOnlyList<BulkColumn> columns)
    : BulkTableWriter<TEntity>
    where TEntity : class
{
    private readonly string _copy = $"COPY {Quoted(table)} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
    private readonly List<object?[]> _rows = [];

    public override void Add(TEntity row)
    {
        var values = new object?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            values[i] = columns[i].ValueOf(row);
        }

        _rows.Add(values);
        writer.Queued();
    }

    public override void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var copy = connection.BeginBinaryImport(_copy))
        {
            foreach (var row in _rows)
            {
                copy.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        // Values are already in their stored form (the model's converters keep moments in UTC).
                        copy.Write(value, columns[i].StoreType);
                    }
                    else
                    {
                        copy.WriteNull();
                    }
                }
            }

            copy.Complete();
        }

        _rows.Clear();
    }

    public override void Dispose() => _rows.Clear();

    private static string Quoted(StoreObjectIdentifier table) =>
        table.Schema is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
}
