using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.GetTitlePreference;

/// <summary>The eligible teachers in the caller's scope and still in service, longest rural service first; each with the highest honour (10, 20, 30 years) reached.</summary>
internal sealed class GetTitlePreferenceHandler(TeacherSupportDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<GetTitlePreferenceQuery, PagedResult<PreferredTeacherResponse>>
{
    public async Task<PagedResult<PreferredTeacherResponse>> Handle(GetTitlePreferenceQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        var filter = new ListTeachersQuery(null, null, request.MinRuralYears, null, request.Page, request.PageSize);
        var teachers = await TeacherRows.Matching(db, caller, filter).AsSplitQuery().ToListAsync(cancellationToken);
        var eligible = teachers.Select(t => (Teacher: t, Years: t.RuralYears(today)))
            .Where(x => x.Teacher.InService && x.Years >= request.MinRuralYears)
            .OrderByDescending(x => x.Years).ThenBy(x => x.Teacher.SchoolCode, StringComparer.Ordinal).ThenBy(x => x.Teacher.Name, StringComparer.Ordinal)
            .ToList();
        return new PagedResult<PreferredTeacherResponse>
        {
            Items = eligible.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .Select(x => new PreferredTeacherResponse(
                    x.Teacher.Id, caller.CanSeeFullNationalIds ? x.Teacher.NationalId : NationalId.Mask(x.Teacher.NationalId), x.Teacher.Name, x.Teacher.SchoolCode,
                    x.Teacher.TownshipCode, x.Teacher.Title, x.Years, Math.Min(x.Years / 10, 3) * 10))
                .ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = eligible.Count,
        };
    }
}
