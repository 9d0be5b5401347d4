namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>A child who took part in an activity.</summary>
internal sealed class ActivityParticipant
{
    public long Id { get; init; }

    public Guid ActivityId { get; init; }

    public Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }
}
