namespace EduRelief.Modules.Vocational.Domain;

/// <summary>
/// One entry of an enrolment's poor-household history: from <see cref="EffectiveOn"/> the student's household was
/// (or no longer was) a registered poor household, as the Registry said (at enrolment, or by a category event).
/// </summary>
internal sealed class PoorHouseholdChange
{
    public long Id { get; init; }

    public Guid EnrolmentId { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public bool Poor { get; init; }

    public required string Source { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
