using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// Saves a small unit of work all or nothing in as few round trips as the engine allows. PostgreSQL runs every
/// statement of one Npgsql batch — up to the protocol's Sync — as one implicit transaction, so for a save that fits
/// one batch EF Core's own BEGIN and COMMIT add a round trip without adding atomicity. SQLite needs its transaction.
/// </summary>
public static class AtomicSave
{
    /// <summary>Npgsql's EF Core provider sends at most this many statements in one batch (its default MaxBatchSize).</summary>
    public const int MaxStatements = 1000;

    /// <summary>Saves what <paramref name="db"/> tracks; <paramref name="statements"/> (one per row written) must fit one batch.</summary>
    public static async Task SaveAtomicallyAsync(this DbContext db, int statements, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statements, MaxStatements);
        if (DatabaseEngine.Of(db.Database) == DatabaseProvider.PostgreSql)
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
