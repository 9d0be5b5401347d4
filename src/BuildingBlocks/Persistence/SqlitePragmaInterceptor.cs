using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// WAL (set once at migration) makes NORMAL synchronous durable across application crashes; it is set per
/// connection because SQLite does not persist it.
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

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
