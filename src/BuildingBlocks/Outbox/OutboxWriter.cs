using System.Data.Common;
using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>
/// Adds outbox messages with one prepared statement, for changes of thousands of rows that bypass EF Core's change
/// tracker. Use it inside the transaction of the change; the processor is signalled when that transaction commits.
/// </summary>
public sealed class OutboxWriter(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly DbCommand _insert = PreparedCommand.Prepare(connection, transaction, """
        INSERT INTO OutboxMessages (MessageId, Type, Payload, OccurredAt, Attempts) VALUES ($messageId, $type, $payload, $occurredAt, 0)
        """, "$messageId", "$type", "$payload", "$occurredAt");

    // A bulk change writes all its messages at one moment: its text is formatted once.
    private DateTimeOffset? _occurredAt;
    private string _occurredAtText = string.Empty;

    public void Add(object message, DateTimeOffset occurredAt)
    {
        if (_occurredAt != occurredAt)
        {
            (_occurredAt, _occurredAtText) = (occurredAt, SqliteText.Of(occurredAt));
        }

        var row = OutboxSerializer.Create(message, occurredAt);
        var p = _insert.Parameters;
        p[0].Value = SqliteText.Of(row.MessageId);
        p[1].Value = row.Type;
        p[2].Value = row.Payload;
        p[3].Value = _occurredAtText;
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}
