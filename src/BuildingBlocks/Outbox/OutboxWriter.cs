using EduRelief.BuildingBlocks.Persistence.Bulk;

namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>
/// Adds outbox messages through a <see cref="BulkWriter"/>, for changes of thousands of rows that bypass EF Core's
/// change tracker. They are written with the change, in its transaction (flush the writer before committing); the
/// processor is signalled when that transaction commits.
/// </summary>
public sealed class OutboxWriter(BulkWriter bulk)
{
    private readonly BulkTable<OutboxMessage> _messages = bulk.Table<OutboxMessage>();

    public void Add(object message, DateTimeOffset occurredAt) => _messages.Add(OutboxSerializer.Create(message, occurredAt));
}
