using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>
/// A child on the register was placed by a plan (一人一案): a first plan, or a change of placement that ended
/// <see cref="ReplacesPlanId"/> on <see cref="StartsOn"/>. Written to the outbox in the plan's transaction, so a plan
/// refused or lost to a racing one tells no one. Figures that count placements (the enrolment rate, placements by
/// mode) change from <see cref="StartsOn"/> in <see cref="TownshipCode"/>.
/// </summary>
public sealed record ChildPlacedIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid PlanId { get; init; }

    public required Guid ChildId { get; init; }

    /// <summary>The Registry's student when the child is a registered student; null for a child enrolled nowhere.</summary>
    public required Guid? StudentId { get; init; }

    public required string TownshipCode { get; init; }

    /// <summary>The placement's code: RegularClass, SpecialSchool, HomeDelivered, Institution or AwaitingPlacement.</summary>
    public required string Mode { get; init; }

    /// <summary>Whether the mode counts as enrolled in the enrolment rate (a school mode).</summary>
    public required bool SchoolMode { get; init; }

    public required string? SchoolCode { get; init; }

    public required DateOnly StartsOn { get; init; }

    public required Guid? ReplacesPlanId { get; init; }
}
