using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

public sealed record StudentSchoolChangedIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid StudentId { get; init; }

    public required string FromSchoolCode { get; init; }

    public required string ToSchoolCode { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    public required string Source { get; init; }
}
