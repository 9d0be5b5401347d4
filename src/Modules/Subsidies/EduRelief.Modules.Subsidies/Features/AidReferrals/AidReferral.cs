namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>
/// A dropout case's return plan asked the relief office to review a student's aid (一人一策, 资助转介): whether they are
/// eligible and unpaid, an exclusion to review, or an outreach visit. One per referring measure (unique <see cref="MeasureId"/>).
/// </summary>
internal sealed class AidReferral
{
    public long Id { get; init; }

    public Guid MeasureId { get; init; }

    public Guid CaseId { get; init; }

    public Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string StudentName { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }

    /// <summary>EligibilityCheck, ExclusionReview or Outreach, as DropoutControl names it.</summary>
    public required string Review { get; init; }

    /// <summary>The case's reasons, comma-separated.</summary>
    public required string Reasons { get; init; }

    public required string Description { get; init; }

    public required string Responsible { get; init; }

    public DateOnly DueOn { get; init; }

    public DateTimeOffset ReferredAt { get; init; }
}
