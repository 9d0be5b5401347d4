using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListHires;

internal sealed class ListHiresHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<ListHiresQuery, PagedResult<HireRowResponse>>
{
    public async Task<PagedResult<HireRowResponse>> Handle(ListHiresQuery request, CancellationToken cancellationToken)
    {
        var hires = db.Hires.AsNoTracking().InScope(caller.Scope);
        if (request.Year is { } year)
        {
            hires = hires.Where(h => h.HiredOn >= new DateOnly(year, 1, 1) && h.HiredOn <= new DateOnly(year, 12, 31));
        }

        if (request.Rural is { } rural)
        {
            hires = hires.Where(h => h.Rural == rural);
        }

        var rows = from h in hires
                   join t in db.Teachers on h.TeacherId equals t.Id
                   join c in db.Campaigns on h.CampaignId equals c.Id
                   select new { h, t.NationalId, t.Name, Campaign = c.Code };
        if (request.CampaignCode is { Length: > 0 } code)
        {
            rows = rows.Where(r => r.Campaign == code);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.h.HiredOn).ThenBy(r => r.h.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<HireRowResponse>
        {
            Items = page.Select(r => new HireRowResponse(
                r.h.TeacherId, caller.CanSeeFullNationalIds ? r.NationalId : NationalId.Mask(r.NationalId), r.Name, r.h.SchoolCode, r.h.TownshipCode, r.Campaign, r.h.HiredOn, r.h.Rural)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
