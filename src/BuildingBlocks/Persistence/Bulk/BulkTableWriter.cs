namespace EduRelief.BuildingBlocks.Persistence.Bulk;

internal abstract class BulkTableWriter<TEntity> : BulkTable<TEntity>, IBulkTableWriter
    where TEntity : class
{
    public abstract void Flush();

    public abstract void Dispose();
}
