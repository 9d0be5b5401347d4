namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// A teacher at a course: one person-time (人次). Unique per (course, teacher) in the database, so attending the same
/// course twice counts once. The school is the teacher's when the attendance was recorded.
/// </summary>
internal sealed class Attendance : ISchoolRecord
{
    public long Id { get; init; }

    public Guid CourseId { get; init; }

    public Guid TeacherId { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
