namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

/// <summary>One teacher's attendance at one course.</summary>
internal sealed record AttendanceRow
{
    public required long Id { get; init; }

    public required Guid TeacherId { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required string CourseCode { get; init; }

    public required string CourseName { get; init; }

    public required DateOnly StartsOn { get; init; }
}
