namespace EduRelief.BuildingBlocks.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "EduRelief:Outbox";

    /// <summary>How often pending messages are looked for when no commit has signalled.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tests switch the background processor off to drive the dispatcher themselves.</summary>
    public bool Enabled { get; set; } = true;
}
