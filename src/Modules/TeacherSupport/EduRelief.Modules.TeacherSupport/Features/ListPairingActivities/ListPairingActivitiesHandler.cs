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
                   select new PairingActivityResponse(a.Id, p.Id, p.UrbanSchoolCode, p.RuralSchoolCode, a.On, a.Kind, a.Title, a.Participants);
        if (request.Year is { } year)
        {
            rows = rows.Where(r => r.On >= new DateOnly(year, 1, 1) && r.On <= new DateOnly(year, 12, 31));
        }

        if (request.PairingId is { } pairing)
        {
            rows = rows.Where(r => r.PairingId == pairing);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.On).ThenBy(r => r.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<PairingActivityResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
