using EduRelief.BuildingBlocks.Periods;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.RecordAttendance;

/// <summary>
/// Records the teachers at a course: one person-time per (course, teacher), so a teacher sent twice, or recorded
/// again, counts once. Every ID must be a known teacher in the caller's scope, or nothing is recorded.
/// </summary>
internal sealed class RecordAttendanceHandler(TeacherSupportDbContext db, ICallerContext caller, TimeProvider time, CountyClock county, PeriodGuard periods)
    : IRequestHandler<RecordAttendanceCommand, AttendanceResult>
{
    public async Task<AttendanceResult> Handle(RecordAttendanceCommand request, CancellationToken cancellationToken)
    {
        var course = await db.FindCourseAsync(request.CourseCode, cancellationToken);
        await periods.EnsureOpenAsync("courseCode", course.StartsOn, cancellationToken);
        course.EnsureStarted(county.Today);
        var ids = request.NationalIds!.Select(n => n!.Trim().ToUpperInvariant()).ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => ids.Contains(t.NationalId)).ToDictionaryAsync(t => t.NationalId, StringComparer.Ordinal, cancellationToken);
        var unknown = ids.Select((id, i) => (id, i)).Where(x => !teachers.ContainsKey(x.id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationFailedException(unknown.ToDictionary(x => $"nationalIds[{x.i}]", x => new[] { (string)TeacherText.NoTeacher(NationalId.Mask(x.id)) }, StringComparer.Ordinal));
        }

        foreach (var teacher in teachers.Values)
        {
            teacher.EnsureInScope(caller.Scope, "Teacher", NationalId.Mask(teacher.NationalId));
        }

        var departed = ids.Select((id, i) => (id, i)).Where(x => !teachers[x.id].InServiceOn(course.StartsOn)).ToList();
        if (departed.Count > 0)
        {
            throw new ValidationFailedException(departed.ToDictionary(
                x => $"nationalIds[{x.i}]", x => new[] { (string)TeacherText.LeftServiceBefore(x.id, teachers[x.id].LeftOn!.Value, course.StartsOn) }, StringComparer.Ordinal));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordAsync(course, teachers.Values.ToList(), ids.Count, cancellationToken);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Caused(ex) && attempt < 3)
            {
                // The same attendance was recorded meanwhile: count again over the rows as they are now.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<AttendanceResult> RecordAsync(Course course, List<Teacher> teachers, int sent, CancellationToken cancellationToken)
    {
        var teacherIds = teachers.Select(t => t.Id).ToList();
        var attended = (await db.Attendance.Where(a => a.CourseId == course.Id && teacherIds.Contains(a.TeacherId)).Select(a => a.TeacherId).ToListAsync(cancellationToken)).ToHashSet();
        var now = time.GetUtcNow();
        var today = county.Today;
        var added = 0;
        foreach (var teacher in teachers.Where(t => !attended.Contains(t.Id)))
        {
            db.Attendance.Add(course.Attend(teacher, today, now));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var personTimes = await db.Attendance.InScope(caller.Scope).CountAsync(a => a.CourseId == course.Id, cancellationToken);
        return new AttendanceResult(course.Code, added, sent - added, personTimes);
    }
}
