using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

internal sealed class ListHomesHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ListHomesQuery, PagedResult<HomeResponse>>
{
    public async Task<PagedResult<HomeResponse>> Handle(ListHomesQuery request, CancellationToken cancellationToken)
    {
        var homes = db.Homes.AsNoTracking().InScope(caller.Scope);
        if (request.TownshipCode is { Length: > 0 } township)
        {
            homes = homes.Where(h => h.TownshipCode == township.Trim());
        }

        if (request.SchoolCode is { Length: > 0 } school)
        {
            homes = homes.Where(h => h.SchoolCode == school.Trim());
        }

        if (request.OpenAtEndOf is { } year)
        {
            var day = FigureDay.Of(year, county.Today);
            homes = homes.Where(h => h.OpenedOn <= day);
        }

        var total = await homes.CountAsync(cancellationToken);
        var page = await homes.OrderBy(h => h.Code).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Include(h => h.Counsellors).Include(h => h.Children).AsSplitQuery().ToListAsync(cancellationToken);
        return new PagedResult<HomeResponse>
        {
            Items = page.Select(h => HomeResponse.Of(h, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
