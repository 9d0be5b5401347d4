namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>One post of a campaign filled by a teacher: seat 1…Count of its post. <see cref="Rural"/> counts toward the rural plan.</summary>
internal sealed class Hire : ISchoolRecord
{
    public long Id { get; init; }

    public Guid CampaignId { get; init; }

    public long PostId { get; init; }

    public int Seat { get; init; }

    public Guid TeacherId { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public DateOnly HiredOn { get; init; }

    /// <summary>To a rural or remote school: counts toward the rural plan (ruralTeachersRecruited).</summary>
    public bool Rural { get; init; }
}
