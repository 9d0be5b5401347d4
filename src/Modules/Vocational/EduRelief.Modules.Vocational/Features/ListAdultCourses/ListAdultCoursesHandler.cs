using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListAdultCoursesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListAdultCoursesQuery, PagedResult<AdultCourseResponse>>
{
    public async Task<PagedResult<AdultCourseResponse>> Handle(ListAdultCoursesQuery request, CancellationToken cancellationToken) =>
        await Matching(db, caller, request).PageAsync(request.Page, request.PageSize, r => r, cancellationToken);

    /// <summary>The courses of a list filter in the list's order with their trainees and certificates counted, in the caller's scope.</summary>
    public static IQueryable<AdultCourseResponse> Matching(VocationalDbContext db, ICallerContext caller, ListAdultCoursesQuery request)
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

        return courses.OrderBy(c => c.StartsOn).ThenBy(c => c.Code).Select(c => new AdultCourseResponse(
            c.Id, c.Code, c.Name, c.TownshipCode, c.Trade, c.StartsOn, c.EndsOn,
            db.AdultTrainees.Count(t => t.CourseId == c.Id),
            db.AdultTrainees.Count(t => t.CourseId == c.Id && t.Certificate != null)));
    }
}
