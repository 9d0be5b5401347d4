using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>A training course (培训): its kind, dates and hours. Attendance is recorded once it has started.</summary>
internal sealed class Course
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public TrainingKind Kind { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }

    public decimal Hours { get; init; }

    public static Course Plan(Guid id, string code, string name, TrainingKind kind, DateOnly startsOn, DateOnly endsOn, decimal hours)
    {
        if (endsOn < startsOn)
        {
            throw ValidationFailedException.For("endsOn", TeacherText.Before(startsOn));
        }

        return new Course { Id = id, Code = code, Name = name, Kind = kind, StartsOn = startsOn, EndsOn = endsOn, Hours = hours };
    }

    public void EnsureStarted(DateOnly today)
    {
        if (StartsOn > today)
        {
            throw new ConflictException("startsOn", TeacherText.NotStarted(Code, StartsOn));
        }
    }

    /// <summary>A teacher's attendance of this course; refused before the course has started.</summary>
    public Attendance Attend(Teacher teacher, DateOnly today, DateTimeOffset now)
    {
        EnsureStarted(today);
        return new Attendance { CourseId = Id, TeacherId = teacher.Id, SchoolCode = teacher.SchoolCode, TownshipCode = teacher.TownshipCode, RecordedAt = now };
    }
}
