namespace EduRelief.Tests.Messaging.Support;

/// <summary>What a receiving handler stores each time it really handles an event.</summary>
internal sealed class Receipt
{
    public int Id { get; set; }

    public required string Handler { get; set; }

    public Guid EventId { get; set; }
}
