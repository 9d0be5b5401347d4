using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.ListAttendance;

/// <summary>One person-time: a teacher at a course, the record behind trainingPersonTimes.</summary>
internal sealed record AttendanceRowResponse(
    string CourseCode, string CourseName, TrainingKind Kind, DateOnly StartsOn, Guid TeacherId, string NationalId, string Name, string SchoolCode, string TownshipCode);
