using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListTraineesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListTraineesQuery, PagedResult<TraineeResponse>>
{
    public async Task<PagedResult<TraineeResponse>> Handle(ListTraineesQuery request, CancellationToken cancellationToken) =>
        await Matching(db, caller, request).PageAsync(request.Page, request.PageSize, t => TraineeResponse.Of(t, caller), cancellationToken);

    /// <summary>The trainees of a list filter in the list's order, in the caller's scope: the list pages them, the export streams them.</summary>
    public static IQueryable<AdultTrainee> Matching(VocationalDbContext db, ICallerContext caller, ListTraineesQuery request)
    {
        var trainees = Of(db.AdultTrainees.AsNoTracking().InScope(caller.Scope), request.Year, request.Certified);
        if (VocationalInput.Trimmed(request.CourseCode) is { } course)
        {
            trainees = trainees.Where(t => t.CourseCode == course);
        }

        return trainees.OrderBy(t => t.CourseStartsOn).ThenBy(t => t.CourseCode).ThenBy(t => t.Name).ThenBy(t => t.Id);
    }

    /// <summary>Trainees of courses starting in the year, certified or not: the figures count the same.</summary>
    public static IQueryable<AdultTrainee> Of(IQueryable<AdultTrainee> trainees, int? year, bool? certified)
    {
        if (year is { } y)
        {
            var (first, last) = VocationalInput.Days(y);
            trainees = trainees.Where(t => t.CourseStartsOn >= first && t.CourseStartsOn <= last);
        }

        return certified switch
        {
            true => trainees.Where(t => t.Certificate != null),
            false => trainees.Where(t => t.Certificate == null),
            null => trainees,
        };
    }
}
