using EduRelief.Modules.SpecialNeeds.Domain;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

/// <summary>
/// A dropout case's return plan asked for home-delivered teaching (一人一策, 送教上门): the special-education staff are to
/// assess the child and plan the teaching. One per referring measure (unique <see cref="MeasureId"/>).
/// </summary>
internal sealed class HomeTeachingReferral : IScopedRecord
{
    public long Id { get; init; }

    public Guid MeasureId { get; init; }

    public Guid CaseId { get; init; }

    public Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string StudentName { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }

    /// <summary>The case's reasons, comma-separated.</summary>
    public required string Reasons { get; init; }

    public required string Description { get; init; }

    public required string Responsible { get; init; }

    public DateOnly DueOn { get; init; }

    public DateTimeOffset ReferredAt { get; init; }
}
