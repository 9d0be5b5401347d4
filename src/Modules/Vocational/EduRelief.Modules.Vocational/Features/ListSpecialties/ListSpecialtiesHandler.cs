using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListSpecialties;

internal sealed class ListSpecialtiesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListSpecialtiesQuery, PagedResult<SpecialtyResponse>>
{
    public async Task<PagedResult<SpecialtyResponse>> Handle(ListSpecialtiesQuery request, CancellationToken cancellationToken)
    {
        var specialties = db.Specialties.AsNoTracking().InScope(caller.Scope);
        if (VocationalInput.Trimmed(request.SchoolCode) is { } school)
        {
            specialties = specialties.Where(s => s.SchoolCode == school);
        }

        return await specialties.OrderBy(s => s.SchoolCode).ThenBy(s => s.Code).PageAsync(request.Page, request.PageSize, SpecialtyResponse.Of, cancellationToken);
    }
}
