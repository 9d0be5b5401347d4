using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

internal sealed class ListInternshipsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListInternshipsQuery, PagedResult<InternshipResponse>>
{
    public async Task<PagedResult<InternshipResponse>> Handle(ListInternshipsQuery request, CancellationToken cancellationToken)
    {
        var internships = db.Internships.AsNoTracking().InScope(caller.Scope);
        if (VocationalInput.Trimmed(request.NationalId) is { } nationalId)
        {
            var id = VocationalInput.Normalised(nationalId);
            internships = internships.Where(i => i.NationalId == id);
        }

        if (VocationalInput.Trimmed(request.SchoolCode) is { } school)
        {
            internships = internships.Where(i => i.SchoolCode == school);
        }

        if (request.Year is { } year)
        {
            var (first, last) = VocationalInput.Days(year);
            internships = internships.Where(i => i.StartsOn <= last && i.EndsOn >= first);
        }

        return await internships.OrderBy(i => i.StartsOn).ThenBy(i => i.Id).PageAsync(request.Page, request.PageSize, i => InternshipResponse.Of(i, caller), cancellationToken);
    }
}
