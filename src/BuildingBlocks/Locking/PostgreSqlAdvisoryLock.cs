using EduRelief.BuildingBlocks.Persistence;
using Npgsql;

namespace EduRelief.BuildingBlocks.Locking;

/// <summary>
/// A PostgreSQL session advisory lock on a connection of its own. The session ends with the connection, so a Host
/// killed while holding the lock drops it as soon as the server sees the connection close.
/// </summary>
internal sealed class PostgreSqlAdvisoryLock(string connectionString) : IDistributedLock
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);

    // Unpooled: closing the connection must end the session, and with it any lock a failure left behind.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ToString();

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var key = TransactionLocks.KeyOf(name);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            tryLock.Parameters.AddWithValue("key", key);
            while (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                await Task.Delay(Retry, cancellationToken).ConfigureAwait(false);
            }

            return new Held(connection, key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                unlock.Parameters.AddWithValue("key", key);
                await unlock.ExecuteScalarAsync().ConfigureAwait(false);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
