namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>An activity of a home: a family call (亲情连线), counselling (心理疏导) or a group activity, with the children who took part.</summary>
internal sealed class HomeActivity : IScopedRecord
{
    private readonly List<ActivityParticipant> _participants = [];

    public Guid Id { get; init; }

    public Guid HomeId { get; init; }

    public required string HomeCode { get; init; }

    public DateOnly On { get; init; }

    public ActivityKind Kind { get; init; }

    public string? Title { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }

    public IReadOnlyList<ActivityParticipant> Participants => _participants;

    public static HomeActivity Of(Guid id, ChildrenHome home, DateOnly on, ActivityKind kind, string? title, IEnumerable<HomeChild> children)
    {
        var activity = new HomeActivity
        {
            Id = id, HomeId = home.Id, HomeCode = home.Code, On = on, Kind = kind, Title = title, TownshipCode = home.TownshipCode, SchoolCode = home.SchoolCode,
        };
        activity._participants.AddRange(children.Select(c => new ActivityParticipant { ActivityId = id, StudentId = c.StudentId, NationalId = c.NationalId, Name = c.Name }));
        return activity;
    }
}
