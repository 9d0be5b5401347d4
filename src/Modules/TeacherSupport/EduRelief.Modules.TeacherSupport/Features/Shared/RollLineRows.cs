using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>Roll lines in the caller's scope with their teacher, in the order the roll lists them.</summary>
internal static class RollLineRows
{
    public static IQueryable<RollLineRow> InScope(TeacherSupportDbContext db, ICallerContext caller, IQueryable<AllowanceRollLine> lines) =>
        from l in lines.AsNoTracking().InScope(caller.Scope)
        join t in db.Teachers on l.TeacherId equals t.Id
        orderby l.Month, l.SchoolCode, t.Name, l.Id
        select new RollLineRow(l, t.NationalId, t.Name);

    public static RollLineResponse ToResponse(RollLineRow r, ICallerContext caller) => new(
        RollMonth.FromKey(r.Line.Month).ToString(), r.Line.TeacherId, caller.CanSeeFullNationalIds ? r.NationalId : NationalId.Mask(r.NationalId), r.Name,
        r.Line.SchoolCode, r.Line.TownshipCode, r.Line.Location, r.Line.Monthly);
}
