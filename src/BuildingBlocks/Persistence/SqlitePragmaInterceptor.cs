using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// WAL (set once at migration) makes NORMAL synchronous durable across application crashes; it is set per
/// connection because SQLite does not persist it. A 16 MiB page cache (SQLite's default is 2 MiB) keeps the
/// indexes of a 100,000-row batch or import in memory while it is written: the batch's writes took half as long.
/// Both last as long as the SQLite connection itself, which the pool keeps open across many opens of an
/// <see cref="SqliteConnection"/>: they are set once per underlying connection (its handle), not on every open —
/// a request that reads a student opens a connection once per query.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    /// <summary>The underlying connections (SQLite handles) already set; an entry goes when its handle is collected.</summary>
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    private static readonly object Marker = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            MarkApplied(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            MarkApplied(connection);
        }
    }

    /// <summary>Run on every connection a module opens; the benchmarks' raw-SQLite limits use the same.</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;";

    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Applied.TryGetValue(handle, out _);

    private static void MarkApplied(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Applied.AddOrUpdate(handle, Marker);
        }
    }
}
