using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;

internal sealed class ListPairingActivitiesHandler(TeacherSupportDbContext db, ICallerContext caller)
    : IRequestHandler<ListPairingActivitiesQuery, PagedResult<PairingActivityResponse>>
{
    public async Task<PagedResult<PairingActivityResponse>> Handle(ListPairingActivitiesQuery request, CancellationToken cancellationToken)
    {
        var rows = from a in db.PairingActivities.AsNoTracking()
                   join p in db.Pairings.InScope(caller.Scope) on a.PairingId equals p.Id
                   select new { a, p.UrbanSchoolCode, p.RuralSchoolCode };
        if (request.Year is { } year)
        {
            rows = rows.Where(r => r.a.On >= new DateOnly(year, 1, 1) && r.a.On <= new DateOnly(year, 12, 31));
        }

        if (request.PairingId is { } pairing)
        {
            rows = rows.Where(r => r.a.PairingId == pairing);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.a.On).ThenBy(r => r.a.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<PairingActivityResponse>
        {
            Items = page.Select(r => new PairingActivityResponse(r.a.Id, r.a.PairingId, r.UrbanSchoolCode, r.RuralSchoolCode, r.a.On, r.a.Kind, r.a.Title, r.a.Participants)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
