using System.Globalization;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;

/// <summary>
/// Which plans need attention on a day, within the caller's scope: current plans whose review date has passed, and
/// home-delivered plans in force for the whole of last month with fewer visits in it than the county's minimum
/// (<see cref="SpecialNeedsOptions.MinimumVisitsPerMonth"/>). A plan that started or ended during the month is not
/// judged on it. Visits are counted in the database, per plan, so the review reads no visit rows.
/// </summary>
internal sealed class PlanReview(SpecialNeedsDbContext db, ICallerContext caller, IOptions<SpecialNeedsOptions> options)
{
    public async Task<List<OverduePlan>> FindAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking().InScope(caller.Scope);
        var pastReview = await plans.Where(p => p.EndsOn == null && p.ReviewOn < today)
            .Join(db.Children, p => p.ChildId, c => c.Id, (p, c) => new { p.Id, p.ChildId, c.NationalId, c.Name, p.TownshipCode, p.SchoolCode, p.Mode, p.ReviewOn })
            .ToListAsync(cancellationToken);
        var overdue = pastReview
            .Select(p => new OverduePlan(p.Id, p.ChildId, caller.Shown(p.NationalId), p.Name, p.TownshipCode, p.SchoolCode, p.Mode, ReviewReason.PastReview, p.ReviewOn, null, null, null))
            .ToList();

        var (first, last) = LastMonth(today);
        var required = options.Value.MinimumVisitsPerMonth;
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var shortOfVisits = await plans
            .Where(p => p.Mode == PlacementMode.HomeDelivered && p.StartsOn <= first && (p.EndsOn == null || p.EndsOn > last))
            .Select(p => new { Plan = p, Visits = db.Visits.Count(v => v.PlanId == p.Id && v.On >= first && v.On <= last) })
            .Where(p => p.Visits < required)
            .Join(db.Children, p => p.Plan.ChildId, c => c.Id, (p, c) => new { p.Plan.Id, p.Plan.ChildId, c.NationalId, c.Name, p.Plan.TownshipCode, p.Plan.SchoolCode, p.Plan.ReviewOn, p.Visits })
            .ToListAsync(cancellationToken);
        overdue.AddRange(shortOfVisits.Select(p => new OverduePlan(
            p.Id, p.ChildId, caller.Shown(p.NationalId), p.Name, p.TownshipCode, p.SchoolCode, PlacementMode.HomeDelivered, ReviewReason.ShortOfVisits, p.ReviewOn, month, p.Visits, required)));
        return overdue.OrderBy(o => o.Reason).ThenBy(o => o.TownshipCode, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.PlanId).ToList();
    }

    /// <summary>The first and last day of the month before <paramref name="today"/>'s.</summary>
    public static (DateOnly First, DateOnly Last) LastMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return (first, first.AddMonths(1).AddDays(-1));
    }
}
