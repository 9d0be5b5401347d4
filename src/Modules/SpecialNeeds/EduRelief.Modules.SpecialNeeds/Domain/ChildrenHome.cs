using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>
/// A left-behind children home (留守儿童之家) at a school or in a village, with its counsellors, the children attached
/// to it (students the Registry flags left-behind) and its activities.
/// </summary>
internal sealed class ChildrenHome : IScopedRecord
{
    private readonly List<HomeCounsellor> _counsellors = [];
    private readonly List<HomeChild> _children = [];

    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? VillageCode { get; init; }

    public required string TownshipCode { get; init; }

    public DateOnly OpenedOn { get; init; }

    public IReadOnlyList<HomeCounsellor> Counsellors => _counsellors;

    public IReadOnlyList<HomeChild> Children => _children;

    public static ChildrenHome Open(Guid id, string code, string name, string? schoolCode, string? villageCode, string townshipCode, IEnumerable<string> counsellors, DateOnly openedOn, DateOnly today)
    {
        if (openedOn > today)
        {
            throw ValidationFailedException.For("openedOn", SpecialNeedsText.InTheFuture(openedOn, today));
        }

        var home = new ChildrenHome
        {
            Id = id, Code = code, Name = name, SchoolCode = schoolCode, VillageCode = villageCode, TownshipCode = townshipCode, OpenedOn = openedOn,
        };
        home._counsellors.AddRange(counsellors.Select(c => new HomeCounsellor { HomeId = id, Name = c }));
        return home;
    }

    /// <summary>
    /// Attaches the students; a student the Registry does not flag left-behind is refused with the reason (the field
    /// <c>nationalIds[i]</c>), and nothing is attached. A child already attached stays as is. Answers those newly attached.
    /// </summary>
    public IReadOnlyList<HomeChild> Attach(IReadOnlyList<StudentDto> students, DateOnly today)
    {
        var errors = new SharedKernel.Validation.ValidationErrors();
        for (var i = 0; i < students.Count; i++)
        {
            if (!students[i].LeftBehind)
            {
                errors.Add($"nationalIds[{i}]", SpecialNeedsText.NotLeftBehind());
            }
        }

        errors.ThrowIfAny();
        var added = new List<HomeChild>();
        foreach (var student in students.Where(s => _children.TrueForAll(c => c.StudentId != s.Id)).DistinctBy(s => s.Id))
        {
            var child = new HomeChild { HomeId = Id, StudentId = student.Id, NationalId = student.NationalId, Name = student.Name, SchoolCode = student.SchoolCode, AttachedOn = today };
            _children.Add(child);
            added.Add(child);
        }

        return added;
    }

    /// <summary>An activity on a day since the home opened, not after today, with children attached to the home.</summary>
    public HomeActivity Hold(Guid id, DateOnly on, ActivityKind kind, string? title, IReadOnlyList<string> participants, DateOnly today)
    {
        if (on < OpenedOn)
        {
            throw ValidationFailedException.For("on", SpecialNeedsText.BeforeHomeOpened(OpenedOn));
        }

        if (on > today)
        {
            throw ValidationFailedException.For("on", SpecialNeedsText.InTheFuture(on, today));
        }

        var errors = new SharedKernel.Validation.ValidationErrors();
        var attached = new List<HomeChild>();
        for (var i = 0; i < participants.Count; i++)
        {
            if (_children.Find(c => c.NationalId == participants[i]) is { } child)
            {
                attached.Add(child);
            }
            else
            {
                errors.Add($"participants[{i}]", SpecialNeedsText.NotAttached(Code));
            }
        }

        errors.ThrowIfAny();
        return HomeActivity.Of(id, this, on, kind, title, attached.DistinctBy(c => c.StudentId));
    }
}
