using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListCourses;

internal sealed class ListCoursesHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<ListCoursesQuery, PagedResult<CourseResponse>>
{
    public async Task<PagedResult<CourseResponse>> Handle(ListCoursesQuery request, CancellationToken cancellationToken)
    {
        var courses = db.Courses.AsNoTracking();
        if (request.Year is { } year)
        {
            courses = courses.Where(c => c.StartsOn >= new DateOnly(year, 1, 1) && c.StartsOn <= new DateOnly(year, 12, 31));
        }

        if (request.Kind is { Length: > 0 } kind)
        {
            var k = EnumCodes.Parse<TrainingKind>(kind);
            courses = courses.Where(c => c.Kind == k);
        }

        if (request.Code is { Length: > 0 } code)
        {
            courses = courses.Where(c => c.Code == code);
        }

        var attendance = db.Attendance.InScope(caller.Scope);
        var total = await courses.CountAsync(cancellationToken);
        var page = await courses.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Code)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(c => new { Course = c, PersonTimes = attendance.Count(a => a.CourseId == c.Id) })
            .ToListAsync(cancellationToken);
        return new PagedResult<CourseResponse>
        {
            Items = page.Select(p => CourseResponse.Of(p.Course, p.PersonTimes)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
