using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// A teacher of the county: identity, post and the service history (every school and its dates), from which the
/// years of rural service are counted. A move to another school ends the current posting and opens the next.
/// </summary>
internal sealed class Teacher : ISchoolRecord
{
    private readonly List<Posting> _postings = [];

    public Guid Id { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; set; }

    public required string TownshipCode { get; set; }

    public SchoolLocation Location { get; private set; }

    public required string Subject { get; init; }

    public string? Title { get; init; }

    public DateOnly HiredOn { get; init; }

    public Staffing Staffing { get; init; }

    /// <summary>特岗: recruited under the special-post plan to a rural school.</summary>
    public bool SpecialPost { get; init; }

    /// <summary>The last day in the county's service, once the teacher has left it; the history stays.</summary>
    public DateOnly? LeftOn { get; private set; }

    public LeavingReason? LeavingReason { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Posting> Postings => _postings;

    /// <summary>The open posting; none once the teacher has left.</summary>
    public Posting? CurrentPosting => _postings.SingleOrDefault(p => p.EndsOn is null);

    public bool InService => LeftOn is null;

    public static Teacher Hire(
        Guid id, string nationalId, string name, PostedSchool school, string subject, string? title, DateOnly hiredOn, Staffing staffing, bool specialPost, DateOnly today)
    {
        if (hiredOn > today)
        {
            throw ValidationFailedException.For("hiredOn", TeacherText.InTheFuture(hiredOn, today));
        }

        var teacher = new Teacher
        {
            Id = id,
            NationalId = nationalId,
            Name = name,
            SchoolCode = school.Code,
            TownshipCode = school.TownshipCode,
            Location = school.Location,
            Subject = subject,
            Title = title,
            HiredOn = hiredOn,
            Staffing = staffing,
            SpecialPost = specialPost,
        };
        teacher._postings.Add(new Posting { TeacherId = id, SchoolCode = school.Code, TownshipCode = school.TownshipCode, Location = school.Location, StartsOn = hiredOn });
        return teacher;
    }

    /// <summary>Posted to another school from <paramref name="on"/>: the posting before ends the day before; the history is kept.</summary>
    public void MoveTo(PostedSchool school, DateOnly on, DateOnly today)
    {
        var current = CurrentPosting ?? throw ValidationFailedException.For("on", TeacherText.LeftService(LeftOn!.Value));
        if (school.Code == current.SchoolCode)
        {
            throw ValidationFailedException.For("schoolCode", TeacherText.AlreadyThere(school.Code));
        }

        if (on <= current.StartsOn)
        {
            throw ValidationFailedException.For("on", TeacherText.NotAfter(current.StartsOn));
        }

        if (on > today)
        {
            throw ValidationFailedException.For("on", TeacherText.InTheFuture(on, today));
        }

        current.EndOn(on.AddDays(-1));
        _postings.Add(new Posting { TeacherId = Id, SchoolCode = school.Code, TownshipCode = school.TownshipCode, Location = school.Location, StartsOn = on });
        SchoolCode = school.Code;
        TownshipCode = school.TownshipCode;
        Location = school.Location;
        Version++;
    }

    /// <summary>Leaves the county's service after <paramref name="lastDay"/>: the posting ends that day, so no allowance month after it is paid.</summary>
    public void Leave(DateOnly lastDay, LeavingReason reason, DateOnly today)
    {
        var current = CurrentPosting ?? throw ValidationFailedException.For("lastDay", TeacherText.LeftService(LeftOn!.Value));
        if (lastDay < current.StartsOn)
        {
            throw ValidationFailedException.For("lastDay", TeacherText.Before(current.StartsOn));
        }

        if (lastDay > today)
        {
            throw ValidationFailedException.For("lastDay", TeacherText.InTheFuture(lastDay, today));
        }

        current.EndOn(lastDay);
        LeftOn = lastDay;
        LeavingReason = reason;
        Version++;
    }

    /// <summary>Whether the teacher was still in the county's service on <paramref name="day"/> (a course, an exchange need it).</summary>
    public bool InServiceOn(DateOnly day) => LeftOn is not { } left || day <= left;

    public int RuralYears(DateOnly asOf) => RuralService.Years(_postings, asOf);

    /// <summary>The school the teacher was at on <paramref name="day"/>, if in post then.</summary>
    public Posting? PostingOn(DateOnly day) => _postings.FirstOrDefault(p => p.InPostOn(day));
}
