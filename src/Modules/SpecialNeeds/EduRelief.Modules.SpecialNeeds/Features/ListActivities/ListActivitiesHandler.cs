using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.HoldActivity;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

internal sealed class ListActivitiesHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ListActivitiesQuery, PagedResult<ActivityResponse>>
{
    public async Task<PagedResult<ActivityResponse>> Handle(ListActivitiesQuery request, CancellationToken cancellationToken)
    {
        var activities = ActivityRows.InYear(db, caller, request.Year).AsNoTracking();
        if (request.HomeCode is { Length: > 0 } home)
        {
            activities = activities.Where(a => a.HomeCode == home.Trim());
        }

        if (request.Kind is { Length: > 0 } kind)
        {
            var parsed = EnumCodes.Parse<ActivityKind>(kind);
            activities = activities.Where(a => a.Kind == parsed);
        }

        var total = await activities.CountAsync(cancellationToken);
        var page = await activities.OrderBy(a => a.On).ThenBy(a => a.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Include(a => a.Participants).ToListAsync(cancellationToken);
        return new PagedResult<ActivityResponse>
        {
            Items = page.Select(a => ActivityResponse.Of(a, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
