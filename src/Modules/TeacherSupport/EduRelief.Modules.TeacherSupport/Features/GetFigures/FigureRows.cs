using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

/// <summary>What each teacher figure counts, in the caller's scope: one definition for the figures and their records.</summary>
internal static class FigureRows
{
    public static IQueryable<Hire> Hires(TeacherSupportDbContext db, ICallerContext caller, int year)
    {
        var (first, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Hires.AsNoTracking().InScope(caller.Scope).Where(h => h.HiredOn >= first && h.HiredOn <= end);
    }

    /// <summary>One attendance per teacher per course starting in the year: a training person-time.</summary>
    public static IQueryable<AttendanceRow> Attendance(TeacherSupportDbContext db, ICallerContext caller, int year)
    {
        var (first, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return from a in db.Attendance.AsNoTracking().InScope(caller.Scope)
               join c in db.Courses on a.CourseId equals c.Id
               where c.StartsOn >= first && c.StartsOn <= end
               select new AttendanceRow { Id = a.Id, TeacherId = a.TeacherId, SchoolCode = a.SchoolCode, TownshipCode = a.TownshipCode, CourseCode = c.Code, CourseName = c.Name, StartsOn = c.StartsOn };
    }

    /// <summary>Activities held in the year by pairings in the caller's scope.</summary>
    public static IQueryable<PairingActivityRow> PairingActivities(TeacherSupportDbContext db, ICallerContext caller, int year)
    {
        var (first, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return from a in db.PairingActivities.AsNoTracking()
               join p in db.Pairings.InScope(caller.Scope) on a.PairingId equals p.Id
               where a.On >= first && a.On <= end
               select new PairingActivityRow
               {
                   Id = a.Id, PairingId = p.Id, UrbanSchoolCode = p.UrbanSchoolCode, RuralSchoolCode = p.RuralSchoolCode, On = a.On, Kind = a.Kind, Title = a.Title, Participants = a.Participants,
               };
    }
}
