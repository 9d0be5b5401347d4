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
    private const int PageSize = 5_000;

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

        // One JSON parameter, not one SQL variable per household: SQLite allows 32,766 variables and a county's
        // household list can name more households than that.
        var households = householdIds?.ToArray();
        var standings = households is null ? db.HouseholdCategories.AsNoTracking() : db.HouseholdCategories.AsNoTracking().Where(h => EF.Parameter(households).Contains(h.HouseholdId));
        var byHousehold = (await standings.ToListAsync(cancellationToken)).ToLookup(h => h.HouseholdId, StringComparer.Ordinal);
        if (byHousehold.Count == 0)
        {
            return 0;
        }

        // A few households are asked of the database; a whole list's worth would be sent again with every page, so
        // then every student with a household is read and those of other households find nothing pending below.
        var students = db.Students.AsNoTracking().Where(s => s.HouseholdId != null);
        if (households is { Length: <= PageSize })
        {
            students = students.Where(s => EF.Parameter(households).Contains(s.HouseholdId!));
        }

        // The students are read a page at a time in id order, so a million of them never sit in memory at once; those
        // who must follow their household are loaded a chunk at a time, not one query each.
        var followed = 0;
        Guid? after = null;
        while (true)
        {
            var page = await students
                .Where(s => after == null || s.Id > after)
                .OrderBy(s => s.Id)
                .Take(PageSize)
                .Select(s => new { s.Id, s.HouseholdId, s.CategoryMask })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return followed;
            }

            var outOfLine = page
                .Select(c => (c.Id, Pending: byHousehold[c.HouseholdId!].Where(h => IsOutOfLine(h, c.CategoryMask)).ToList()))
                .Where(c => c.Pending.Count > 0)
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

            followed += outOfLine.Count;
            after = page[^1].Id;
        }
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
}
