using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.FindStudents;

internal sealed class FindStudentsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<FindStudentsQuery, PagedResult<StudentDto>>
{
    public async Task<PagedResult<StudentDto>> Handle(FindStudentsQuery request, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking().InScope(caller.Scope).Matching(request.Criteria);
        var total = await students.CountAsync(cancellationToken);
        var page = await students
            .OrderBy(s => s.NationalId)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .AsRows()
            .ToListAsync(cancellationToken);
        var schools = await db.LoadSchoolPlacesAsync(page.Select(s => s.SchoolId).Distinct().ToList(), cancellationToken);
        return new PagedResult<StudentDto>
        {
            Items = page.Select(s => s.ToDto(schools[s.SchoolId])).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
