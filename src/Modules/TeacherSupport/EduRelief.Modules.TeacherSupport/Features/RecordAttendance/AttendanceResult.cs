namespace EduRelief.Modules.TeacherSupport.Features.RecordAttendance;

/// <summary>What an attendance record did: new person-times, those already recorded (counted once), and the course's person-times now.</summary>
internal sealed record AttendanceResult(string CourseCode, int Recorded, int AlreadyRecorded, int PersonTimes);
