namespace EduRelief.BuildingBlocks.Persistence.Bulk;

internal interface IBulkTableWriter : IDisposable
{
    void Flush();
}
