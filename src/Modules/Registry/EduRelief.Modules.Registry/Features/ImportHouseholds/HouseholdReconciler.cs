using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>
/// Brings students' categories in line with what the poverty data platform says of their household: an Active
/// household category is held by every student of the household, an Exited one by none. Already in line: no change.
/// </summary>
internal sealed class HouseholdReconciler(RegistryDbContext db)
{
    private const int SaveEvery = 500;

    /// <summary>
    /// Up to this many households are named to the database in one JSON parameter; a longer list (or all) is walked
    /// a range of households at a time instead, so neither the households' standings nor their students ever sit in
    /// memory at once, whatever the county's size.
    /// </summary>
    private const int HouseholdsPerStep = 2_000;

    /// <summary>
    /// Reconciles the given households, or all when <paramref name="householdIds"/> is null; returns the students
    /// changed. Each change is recorded with <paramref name="source"/>, or when it is null with the household list
    /// the standing came from (a student registered after the list arrived follows it as if they had been there).
    /// </summary>
    public async Task<int> ReconcileAsync(IReadOnlyCollection<string>? householdIds, string? source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (householdIds is { Count: 0 })
        {
            return 0;
        }

        if (householdIds is { Count: <= HouseholdsPerStep })
        {
            // One JSON parameter, not one SQL variable per household (SQLite allows 32,766 variables).
            var named = householdIds.ToArray();
            var standings = await db.HouseholdCategories.AsNoTracking().Where(h => EF.Parameter(named).Contains(h.HouseholdId)).ToListAsync(cancellationToken);
            var students = await db.Students.AsNoTracking()
                .Where(s => EF.Parameter(named).Contains(s.HouseholdId!))
                .Select(s => new StudentStanding(s.Id, s.HouseholdId!, s.CategoryMask))
                .ToListAsync(cancellationToken);
            return await FollowAsync(standings, students, source, now, cancellationToken);
        }

        var wanted = householdIds is null ? null : householdIds as IReadOnlySet<string> ?? householdIds.ToHashSet(StringComparer.Ordinal);
        var followed = 0;
        string? after = null;
        while (true)
        {
            // The next range of households with a standing, in the database's own order, so that the range bounds
            // below select exactly these households on any engine and collation.
            var range = await db.HouseholdCategories.AsNoTracking()
                .Where(h => after == null || string.Compare(h.HouseholdId, after) > 0)
                .Select(h => h.HouseholdId)
                .Distinct()
                .OrderBy(h => h)
                .Take(HouseholdsPerStep)
                .ToListAsync(cancellationToken);
            if (range.Count == 0)
            {
                return followed;
            }

            var (first, last) = (range[0], range[^1]);
            var standings = await db.HouseholdCategories.AsNoTracking()
                .Where(h => string.Compare(h.HouseholdId, first) >= 0 && string.Compare(h.HouseholdId, last) <= 0)
                .ToListAsync(cancellationToken);
            var students = await db.Students.AsNoTracking()
                .Where(s => string.Compare(s.HouseholdId, first) >= 0 && string.Compare(s.HouseholdId, last) <= 0)
                .Select(s => new StudentStanding(s.Id, s.HouseholdId!, s.CategoryMask))
                .ToListAsync(cancellationToken);
            if (wanted is not null)
            {
                standings.RemoveAll(h => !wanted.Contains(h.HouseholdId));
            }

            followed += await FollowAsync(standings, students, source, now, cancellationToken);
            after = last;
        }
    }

    /// <summary>Changes every student whose categories differ from their household's standings, a chunk at a time.</summary>
    private async Task<int> FollowAsync(
        List<HouseholdCategory> standings, List<StudentStanding> students, string? source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byHousehold = standings.ToLookup(h => h.HouseholdId, StringComparer.Ordinal);
        var outOfLine = students
            .Select(s => (s.Id, Pending: byHousehold[s.HouseholdId].Where(h => IsOutOfLine(h, s.CategoryMask)).ToList()))
            .Where(s => s.Pending.Count > 0)
            .ToList();
        foreach (var chunk in outOfLine.Chunk(SaveEvery))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            var loaded = await db.Students
                .Include(s => s.CategoryPeriods.Where(p => p.EndedOn == null))
                .Where(s => ids.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var (id, pending) in chunk)
            {
                FollowHousehold(loaded[id], pending, source, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return outOfLine.Count;
    }

    private static bool IsOutOfLine(HouseholdCategory standing, int mask)
    {
        var held = (mask & CategoryMasks.Bit(standing.Category)) != 0;
        return standing.Status == HouseholdStatus.Active ? !held : held;
    }

    private void FollowHousehold(Student student, List<HouseholdCategory> pending, string? source, DateTimeOffset now)
    {
        foreach (var standing in pending)
        {
            var edit = new StudentEdit(student, standing.EffectiveOn, source ?? standing.Source, now);
            if (standing.Status == HouseholdStatus.Active)
            {
                edit.AddCategory(standing.Category);
            }
            else
            {
                edit.RemoveCategory(standing.Category);
            }

            edit.Complete();
            db.StudentChanges.AddRange(edit.Changes);
            foreach (var integrationEvent in edit.Events)
            {
                db.AddToOutbox(integrationEvent, now);
            }
        }
    }

    private sealed record StudentStanding(Guid Id, string HouseholdId, int CategoryMask);
}
