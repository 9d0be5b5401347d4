using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairings;

internal sealed class ListPairingsHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<ListPairingsQuery, PagedResult<PairingResponse>>
{
    public async Task<PagedResult<PairingResponse>> Handle(ListPairingsQuery request, CancellationToken cancellationToken)
    {
        var pairings = db.Pairings.AsNoTracking().InScope(caller.Scope);
        if (request.SchoolCode is { Length: > 0 } school)
        {
            pairings = pairings.Where(p => p.UrbanSchoolCode == school || p.RuralSchoolCode == school);
        }

        var (from, to) = request.Year is { } y ? (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)) : (DateOnly.MinValue, DateOnly.MaxValue);
        var total = await pairings.CountAsync(cancellationToken);
        var page = await pairings.OrderBy(p => p.UrbanSchoolCode).ThenBy(p => p.RuralSchoolCode)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(p => new PairingResponse(
                p.Id, p.UrbanSchoolCode, p.UrbanTownshipCode, p.RuralSchoolCode, p.RuralTownshipCode, p.Since,
                p.Activities.Count(a => a.On >= from && a.On <= to), p.Exchanges.Count(e => e.StartsOn >= from && e.StartsOn <= to)))
            .ToListAsync(cancellationToken);
        return new PagedResult<PairingResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
