namespace EduRelief.BuildingBlocks.Inbox;

/// <summary>One message one handler has handled; its key makes a repeat delivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Handler { get; set; }

    public DateTimeOffset HandledAt { get; set; }
}
