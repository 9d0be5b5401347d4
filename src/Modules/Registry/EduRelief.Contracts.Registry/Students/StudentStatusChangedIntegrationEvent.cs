using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

public sealed record StudentStatusChangedIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid StudentId { get; init; }

    public required StudentStatus From { get; init; }

    public required StudentStatus To { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    public required string Source { get; init; }
}
