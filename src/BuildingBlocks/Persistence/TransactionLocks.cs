using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// Makes writers of one thing (a budget, a batch) take turns until the current transaction ends, on any engine and
/// across Hosts. On SQLite every write transaction already begins IMMEDIATE and so holds the file's one write lock;
/// on PostgreSQL the transaction takes an advisory lock on the key, released by its commit or rollback.
/// </summary>
public static class TransactionLocks
{
    public static async Task LockAsync(this DatabaseFacade database, string key, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"The lock on '{key}' is held until the transaction ends; begin one first.");
        }

        if (DatabaseEngine.Of(database) == DatabaseProvider.PostgreSql)
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({KeyOf(key)})", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A stable 64-bit number for a lock's name (PostgreSQL's advisory locks are keyed by numbers).</summary>
    public static long KeyOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
