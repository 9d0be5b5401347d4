using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

public sealed record StudentRegisteredIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid StudentId { get; init; }

    public required string SchoolCode { get; init; }

    public required IReadOnlyList<HardshipCategory> Categories { get; init; }

    public required string Source { get; init; }
}
