using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

internal sealed class ListInternshipsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListInternshipsQuery, PagedResult<InternshipResponse>>
{
    public async Task<PagedResult<InternshipResponse>> Handle(ListInternshipsQuery request, CancellationToken cancellationToken) =>
        await Matching(db, caller, request).PageAsync(request.Page, request.PageSize, i => InternshipResponse.Of(i, caller), cancellationToken);

    /// <summary>The internships of a list filter in the list's order, in the caller's scope: the list pages them, the export streams them.</summary>
    public static IQueryable<Internship> Matching(VocationalDbContext db, ICallerContext caller, ListInternshipsQuery request)
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

        return internships.OrderBy(i => i.StartsOn).ThenBy(i => i.Id);
    }
}
