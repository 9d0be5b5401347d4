using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.DropoutControl;

/// <summary>
/// A dropout case's return plan (一人一策) referred a measure to another module: an <c>AidReferral</c> to Subsidies, a
/// <c>VocationalRoute</c> to Vocational, a <c>HomeDeliveredTeaching</c> to SpecialNeeds. Written to DropoutControl's outbox
/// in the measure's transaction; each receiver keeps one referral per <see cref="MeasureId"/>, so a repeat changes nothing.
/// </summary>
public sealed record ReturnMeasureReferredIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid MeasureId { get; init; }

    public required Guid CaseId { get; init; }

    public required Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string StudentName { get; init; }

    public required string TownshipCode { get; init; }

    public required string? SchoolCode { get; init; }

    /// <summary>The measure's kind: AidReferral, VocationalRoute or HomeDeliveredTeaching.</summary>
    public required string Kind { get; init; }

    /// <summary>For an AidReferral, what to review: EligibilityCheck, ExclusionReview or Outreach; null otherwise.</summary>
    public required string? AidReview { get; init; }

    /// <summary>The case's reasons (Financial, Learning, …), as the receiving staff weigh the referral.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    public required string Description { get; init; }

    /// <summary>Who answers for the measure on the case's side.</summary>
    public required string Responsible { get; init; }

    public required DateOnly PlannedOn { get; init; }

    public required DateOnly DueOn { get; init; }
}
