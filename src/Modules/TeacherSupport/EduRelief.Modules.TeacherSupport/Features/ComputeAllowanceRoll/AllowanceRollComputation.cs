using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

/// <summary>
/// Computes a month's rural living allowance roll: every teacher whose posting on the month's first day is at a rural
/// or remote school, at the amount the tiers then give that school (its own tier, else its location's). Lines are
/// compared with what the roll holds and only the difference is written, so a second run with nothing new writes
/// nothing. Runs take turns under <see cref="AllowanceLock"/>, on one Host or several; the unique (teacher, month)
/// index keeps a teacher to one line even so. An approved roll is left as it is.
/// </summary>
internal sealed class AllowanceRollComputation(TeacherSupportDbContext db, IDistributedLock locks, TimeProvider time)
{
    public async Task<RollReport> RunAsync(RollMonth month, string by, CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(AllowanceLock.Name, cancellationToken))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ComputeAsync(month, by, cancellationToken);
                }
                catch (DbUpdateException ex) when (UniqueViolation.Caused(ex) && attempt < 3)
                {
                    // A run that did not hold the lock wrote the same month meanwhile: compare again with the rows as they are now.
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    private async Task<RollReport> ComputeAsync(RollMonth month, string by, CancellationToken cancellationToken)
    {
        var key = month.Key;
        var roll = await db.AllowanceRolls.FirstOrDefaultAsync(r => r.Month == key, cancellationToken);
        if (roll is { IsApproved: true })
        {
            return new RollReport(month, Approved: true, roll.Teachers, roll.Total, 0, 0, 0);
        }

        var due = await DueAsync(month, cancellationToken);
        var held = await db.AllowanceRollLines.AsNoTracking().Where(l => l.Month == key).ToDictionaryAsync(l => l.TeacherId, cancellationToken);
        var added = due.Values.Where(l => !held.ContainsKey(l.TeacherId)).ToList();
        var changed = held.Values.Where(l => due.TryGetValue(l.TeacherId, out var d) && l.Follow(d)).ToList();
        var removed = held.Values.Where(l => !due.ContainsKey(l.TeacherId)).Select(l => l.Id).ToList();
        var now = time.GetUtcNow();
        var total = due.Values.Sum(l => l.Monthly);
        var linesChanged = added.Count + changed.Count + removed.Count > 0;
        if (roll is not null && !roll.Counted(due.Count, total, linesChanged, by, now))
        {
            return new RollReport(month, Approved: false, due.Count, total, 0, 0, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (roll is null)
        {
            roll = AllowanceRoll.Start(month, by, now);
            roll.Counted(due.Count, total, linesChanged, by, now);
            db.AllowanceRolls.Add(roll);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (removed.Count > 0)
        {
            foreach (var chunk in removed.Chunk(500))
            {
                await db.AllowanceRollLines.Where(l => chunk.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
            }
        }

        if (changed.Count > 0)
        {
            db.AllowanceRollLines.UpdateRange(changed);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (added.Count > 0)
        {
            using var bulk = new BulkWriter(db);
            var lines = bulk.Table<AllowanceRollLine>();
            foreach (var line in added)
            {
                lines.Add(line);
            }

            bulk.Flush();
        }

        await transaction.CommitAsync(cancellationToken);
        return new RollReport(month, Approved: false, due.Count, total, added.Count, changed.Count, removed.Count);
    }

    /// <summary>The lines the month is due: one per teacher in post at a rural or remote school on its first day that a tier covers.</summary>
    private async Task<Dictionary<Guid, AllowanceRollLine>> DueAsync(RollMonth month, CancellationToken cancellationToken)
    {
        var first = month.FirstDay;
        var schedule = new AllowanceSchedule(await db.AllowanceTiers.AsNoTracking()
            .Where(t => t.EffectiveFrom <= first && (t.EffectiveTo == null || t.EffectiveTo >= first))
            .ToListAsync(cancellationToken));
        var inPost = await db.Postings.AsNoTracking()
            .Where(p => p.StartsOn <= first && (p.EndsOn == null || p.EndsOn >= first)
                && (p.Location == SchoolLocation.Rural || p.Location == SchoolLocation.Remote))
            .Select(p => new { p.TeacherId, p.SchoolCode, p.TownshipCode, p.Location })
            .ToListAsync(cancellationToken);
        var due = new Dictionary<Guid, AllowanceRollLine>(inPost.Count);
        foreach (var p in inPost)
        {
            if (schedule.MonthlyFor(p.SchoolCode, p.Location, first) is { } monthly)
            {
                due[p.TeacherId] = new AllowanceRollLine
                {
                    Month = month.Key, TeacherId = p.TeacherId, SchoolCode = p.SchoolCode, TownshipCode = p.TownshipCode, Location = p.Location, Monthly = monthly,
                };
            }
        }

        return due;
    }
}
