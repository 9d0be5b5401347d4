using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>The allowance paid in a year: the lines of the approved rolls of its months.</summary>
internal static class PaidLines
{
    public static IQueryable<AllowanceRollLine> Of(TeacherSupportDbContext db, int year)
    {
        var (first, last) = (new RollMonth(year, 1).Key, new RollMonth(year, 12).Key);
        return from l in db.AllowanceRollLines
               join r in db.AllowanceRolls on l.Month equals r.Month
               where r.Status == AllowanceRollStatus.Approved && l.Month >= first && l.Month <= last
               select l;
    }
}
