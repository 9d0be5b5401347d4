using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListAdultCoursesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListAdultCoursesQuery, PagedResult<AdultCourseResponse>>
{
    public async Task<PagedResult<AdultCourseResponse>> Handle(ListAdultCoursesQuery request, CancellationToken cancellationToken)
    {
        var courses = db.AdultCourses.AsNoTracking().InScope(caller.Scope);
        if (VocationalInput.Trimmed(request.TownshipCode) is { } township)
        {
            courses = courses.Where(c => c.TownshipCode == township);
        }

        if (request.Year is { } year)
        {
            var (first, last) = VocationalInput.Days(year);
            courses = courses.Where(c => c.StartsOn >= first && c.StartsOn <= last);
        }

        var rows = courses.OrderBy(c => c.StartsOn).ThenBy(c => c.Code).Select(c => new
        {
            Course = c,
            Trainees = db.AdultTrainees.Count(t => t.CourseId == c.Id),
            Certificates = db.AdultTrainees.Count(t => t.CourseId == c.Id && t.Certificate != null),
        });
        return await rows.PageAsync(request.Page, request.PageSize, r => AdultCourseResponse.Of(r.Course, r.Trainees, r.Certificates), cancellationToken);
    }
}
