using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Jobs;

/// <summary>
/// <c>special-needs:plan-review</c>, daily at 03:30 county time by default: flags each plan past its review date
/// and each home-delivered plan short of visits last month, once per plan, reason and period. Runs take turns on a
/// database lock and the flags' unique index backs it, so a second run, or two at once, flags nothing twice.
/// </summary>
internal sealed class PlanReviewJob(SpecialNeedsDbContext db, PlanReview review, IDistributedLock locks, CountyClock county) : IRecurringJob
{
    public const string LockName = "special-needs:plan-review";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(LockName, cancellationToken);
        var today = county.Today;
        var overdue = await review.FindAsync(today, cancellationToken);
        var planIds = overdue.Select(o => o.PlanId).Distinct().ToList();
        var flagged = (await db.ReviewFlags.AsNoTracking().Where(f => planIds.Contains(f.PlanId)).Select(f => new { f.PlanId, f.Reason, f.Period }).ToListAsync(cancellationToken))
            .Select(f => (f.PlanId, f.Reason, f.Period))
            .ToHashSet();
        var fresh = overdue.Where(o => !flagged.Contains((o.PlanId, o.Reason, o.Period))).ToList();
        db.ReviewFlags.AddRange(fresh.Select(o => new ReviewFlag { PlanId = o.PlanId, Reason = o.Reason, Period = o.Period, FlaggedOn = today }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            // Only a run outside the lock (a Host of another version) gets here: its flags are the same ones.
            db.ChangeTracker.Clear();
            fresh.Clear();
        }

        var pastReview = overdue.Count(o => o.Reason == ReviewReason.PastReview);
        var shortOfVisits = overdue.Count - pastReview;
        return new UserText(
            $"{pastReview} 个方案已过复核日期，{shortOfVisits} 个送教上门方案上月送教次数不足；新标记 {fresh.Count} 个",
            $"{pastReview} plan(s) past their review date, {shortOfVisits} home-delivered plan(s) short of visits last month; {fresh.Count} newly flagged");
    }
}
