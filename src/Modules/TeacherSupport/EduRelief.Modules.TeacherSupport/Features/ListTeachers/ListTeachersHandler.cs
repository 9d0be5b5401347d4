using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

internal sealed class ListTeachersHandler(TeacherSupportDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListTeachersQuery, PagedResult<TeacherResponse>>
{
    public async Task<PagedResult<TeacherResponse>> Handle(ListTeachersQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        var teachers = TeacherRows.Matching(db, caller, request);
        int total;
        List<Domain.Teacher> page;
        if (request.RuralYearsAtLeast is null)
        {
            total = await teachers.CountAsync(cancellationToken);
            page = await teachers.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        }
        else
        {
            var eligible = TeacherRows.WithYears(await teachers.AsSplitQuery().ToListAsync(cancellationToken), request, today).ToList();
            total = eligible.Count;
            page = eligible.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        }

        return new PagedResult<TeacherResponse>
        {
            Items = page.Select(t => TeacherResponse.Of(t, today, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
