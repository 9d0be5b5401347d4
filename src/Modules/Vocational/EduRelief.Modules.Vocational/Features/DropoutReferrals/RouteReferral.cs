namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>
/// A dropout case's return plan routed a student to vocational education (一人一策, 职业教育分流): the vocational school is to
/// reach the student and offer a place. One per referring measure (unique <see cref="MeasureId"/>).
/// </summary>
internal sealed class RouteReferral
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
