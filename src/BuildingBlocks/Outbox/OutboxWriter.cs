using EduRelief.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>
/// Adds outbox messages with one prepared statement, for changes of thousands of rows that bypass EF Core's change
/// tracker. Use it inside the transaction of the change; the processor is signalled when that transaction commits.
/// </summary>
public sealed class OutboxWriter(DatabaseFacade database) : IDisposable
{
    private readonly PreparedStatement _insert = PreparedStatement.Prepare(database, """
        INSERT INTO "OutboxMessages" ("MessageId", "Type", "Payload", "OccurredAt", "Attempts") VALUES (@messageId, @type, @payload, @occurredAt, 0)
        """, "@messageId", "@type", "@payload", "@occurredAt");

    public void Add(object message, DateTimeOffset occurredAt)
    {
        var row = OutboxSerializer.Create(message, occurredAt);
        _insert[0] = row.MessageId;
        _insert[1] = row.Type;
        _insert[2] = row.Payload;
        _insert[3] = occurredAt;
        _insert.Execute();
    }

    public void Dispose() => _insert.Dispose();
}
