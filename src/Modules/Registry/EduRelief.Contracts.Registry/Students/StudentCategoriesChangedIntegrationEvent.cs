using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

public sealed record StudentCategoriesChangedIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid StudentId { get; init; }

    public required IReadOnlyList<HardshipCategory> Added { get; init; }

    public required IReadOnlyList<HardshipCategory> Removed { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    public required string Source { get; init; }
}
