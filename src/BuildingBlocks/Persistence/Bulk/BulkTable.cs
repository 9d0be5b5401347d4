namespace EduRelief.BuildingBlocks.Persistence.Bulk;

/// <summary>Rows of one entity type going to their table in a <see cref="BulkWriter"/>'s transaction.</summary>
public abstract class BulkTable<TEntity>
    where TEntity : class
{
    private protected BulkTable()
    {
    }

    /// <summary>Writes the row (SQLite) or queues it for the writer's next flush (PostgreSQL).</summary>
    public abstract void Add(TEntity row);
}
