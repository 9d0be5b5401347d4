using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// One stretch of a teacher's service history: at one school from <see cref="StartsOn"/> to <see cref="EndsOn"/>
/// (the last day in post, inclusive; open while the teacher is still there). The school's township and location are
/// the Registry's when the teacher was posted there.
/// </summary>
internal sealed class Posting : ISchoolRecord
{
    public long Id { get; init; }

    public Guid TeacherId { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public SchoolLocation Location { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly? EndsOn { get; private set; }

    public bool InPostOn(DateOnly day) => StartsOn <= day && (EndsOn is null || EndsOn >= day);

    public void EndOn(DateOnly lastDay) => EndsOn = lastDay;
}
