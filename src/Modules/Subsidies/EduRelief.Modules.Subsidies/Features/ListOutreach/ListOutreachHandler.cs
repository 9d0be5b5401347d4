using EduRelief.Modules.Subsidies.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed class ListOutreachHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ListOutreachQuery, PagedResult<OutreachActivityResponse>>
{
    public async Task<PagedResult<OutreachActivityResponse>> Handle(ListOutreachQuery request, CancellationToken cancellationToken)
    {
        var activities = db.OutreachActivities.AsNoTracking();
        if (request.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            activities = activities.Where(a => a.Date >= from && a.Date <= to);
        }

        if (request.TownshipCode is { Length: > 0 } township)
        {
            activities = activities.Where(a => a.TownshipCode == township);
        }

        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            activities = activities.Where(a => townships.Contains(a.TownshipCode));
        }

        var total = await activities.CountAsync(cancellationToken);
        var page = await activities.OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(a => new OutreachActivityResponse(a.Id, a.Date, a.TownshipCode, a.Kind, a.Participants, a.Materials, a.RecordedBy))
            .ToListAsync(cancellationToken);
        return new PagedResult<OutreachActivityResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
