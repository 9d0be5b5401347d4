namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>
/// A message waiting to be delivered: written in the same transaction as the change it reports,
/// marked processed once every receiver has handled it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
