using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListAttendance;

internal sealed class ListAttendanceHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<ListAttendanceQuery, PagedResult<AttendanceRowResponse>>
{
    public async Task<PagedResult<AttendanceRowResponse>> Handle(ListAttendanceQuery request, CancellationToken cancellationToken)
    {
        var rows = from a in db.Attendance.AsNoTracking().InScope(caller.Scope)
                   join c in db.Courses on a.CourseId equals c.Id
                   join t in db.Teachers on a.TeacherId equals t.Id
                   select new { a, c, t.NationalId, t.Name };
        if (request.Year is { } year)
        {
            rows = rows.Where(r => r.c.StartsOn >= new DateOnly(year, 1, 1) && r.c.StartsOn <= new DateOnly(year, 12, 31));
        }

        if (request.CourseCode is { Length: > 0 } code)
        {
            rows = rows.Where(r => r.c.Code == code);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.c.StartsOn).ThenBy(r => r.c.Code).ThenBy(r => r.a.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<AttendanceRowResponse>
        {
            Items = page.Select(r => new AttendanceRowResponse(
                r.c.Code, r.c.Name, r.c.Kind, r.c.StartsOn, r.a.TeacherId, caller.CanSeeFullNationalIds ? r.NationalId : NationalId.Mask(r.NationalId), r.Name, r.a.SchoolCode, r.a.TownshipCode)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
