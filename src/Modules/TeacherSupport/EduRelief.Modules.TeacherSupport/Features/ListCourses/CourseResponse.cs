using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.ListCourses;

/// <summary>A course with its person-times (distinct teachers attending, within the caller's scope).</summary>
internal sealed record CourseResponse(string Code, string Name, TrainingKind Kind, DateOnly StartsOn, DateOnly EndsOn, decimal Hours, int PersonTimes)
{
    public static CourseResponse Of(Course c, int personTimes) => new(c.Code, c.Name, c.Kind, c.StartsOn, c.EndsOn, c.Hours, personTimes);
}
