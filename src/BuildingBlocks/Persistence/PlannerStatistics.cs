using Microsoft.EntityFrameworkCore;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// Lets the engine's planner see rows just written in bulk. PostgreSQL plans by table statistics that autovacuum
/// refreshes only a while later: a table it still believes empty gets sequential scans and sorts, and the next steps
/// (a batch read from 100,000 freshly imported students) run many times slower. SQLite's planner needs no statistics
/// to use its indexes, so there it does nothing.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>Run after the bulk write committed; <paramref name="entities"/> name the tables by their entity types.</summary>
    public static async Task RefreshStatisticsAsync(this DbContext db, CancellationToken cancellationToken, params Type[] entities)
    {
        if (DatabaseEngine.Of(db.Database) != DatabaseProvider.PostgreSql)
        {
            return;
        }

        foreach (var entity in entities)
        {
            var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity} is not in the model.");
            var table = type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
#pragma warning disable EF1002 // The table name comes from the model, not from input.
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {table}", cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        }
    }
}
