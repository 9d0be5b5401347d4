using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.HoldActivity;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

internal sealed class ListReachedHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ListReachedQuery, PagedResult<ParticipantResponse>>
{
    public async Task<PagedResult<ParticipantResponse>> Handle(ListReachedQuery request, CancellationToken cancellationToken)
    {
        var reached = Reached(db, caller, request.Year!.Value);
        var total = await reached.CountAsync(cancellationToken);
        var page = await db.Participants.AsNoTracking()
            .Where(p => reached.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Contains(p.Id))
            .OrderBy(p => p.Name).ThenBy(p => p.StudentId)
            .ToListAsync(cancellationToken);
        return new PagedResult<ParticipantResponse>
        {
            Items = page.Select(p => new ParticipantResponse(p.StudentId, caller.Shown(p.NationalId), p.Name)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }

    /// <summary>One participation row per child reached in the year (the first), ordered, so the count and the page agree.</summary>
    public static IQueryable<long> Reached(SpecialNeedsDbContext db, ICallerContext caller, int year)
    {
        var activities = ActivityRows.InYear(db, caller, year).Select(a => a.Id);
        return db.Participants.Where(p => activities.Contains(p.ActivityId))
            .GroupBy(p => p.StudentId)
            .Select(g => g.Min(p => p.Id))
            .OrderBy(id => id);
    }
}
