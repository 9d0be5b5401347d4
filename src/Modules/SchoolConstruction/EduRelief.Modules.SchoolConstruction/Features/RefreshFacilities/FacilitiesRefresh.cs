using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;

/// <summary>
/// The facilities ledger refresh (设施台账): every school the Registry lists, with its standing buildings, D-grade
/// buildings and area, overdue appraisals, seats added by completed projects and latest equipment, each counted by
/// one grouped query. A row is written only when a count differs, so a second run with nothing new writes nothing;
/// it also heals a school event the inbox never received.
/// </summary>
internal sealed class FacilitiesRefresh(SchoolConstructionDbContext db, IMediator mediator, IDistributedLock locks, TimeProvider time, CountyClock county)
{
    public const string LockName = "school-construction:facilities-refresh";

    /// <summary>Two overlapping runs, on one Host or two, take turns; the second finds nothing to change.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(LockName, cancellationToken))
        {
            var schools = await mediator.Send(new ListSchoolsQuery(), cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ReconcileAsync(schools, cancellationToken);
                }
                catch (DbUpdateException ex) when (UniqueViolation.Caused(ex) && attempt < 3)
                {
                    // The inbox added a new school's row meanwhile: count again over the rows as they are now.
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    private async Task<string> ReconcileAsync(IReadOnlyList<SchoolDto> schools, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = county.Today;
        var known = await db.FacilitiesLedger.AsNoTracking()
            .Select(e => new { e.SchoolCode, e.SchoolName, e.TownshipCode, e.Location })
            .ToDictionaryAsync(e => e.SchoolCode, StringComparer.Ordinal, cancellationToken);

        var added = schools.Where(s => !known.ContainsKey(s.Code)).ToList();
        if (added.Count > 0)
        {
            var counted = await FacilitiesCount.BySchoolAsync(db, today, cancellationToken);
            foreach (var school in added)
            {
                var entry = FacilitiesLedgerEntry.For(school.Code, school.Name, school.TownshipCode, school.Location, now);
                entry.Refresh(counted.GetValueOrDefault(school.Code, SchoolFacilities.None), now);
                db.FacilitiesLedger.Add(entry);
            }
        }

        // Read untracked and attach only the rows that change: a run with nothing new tracks and writes nothing.
        var changed = new Dictionary<string, FacilitiesLedgerEntry>(StringComparer.Ordinal);
        foreach (var recount in await FacilitiesCount.ChangedAsync(db, today, cancellationToken))
        {
            recount.Entry.Refresh(recount.Facilities, now);
            changed[recount.Entry.SchoolCode] = recount.Entry;
        }

        var renamed = schools
            .Where(s => known.TryGetValue(s.Code, out var k) && (k.SchoolName != s.Name || k.TownshipCode != s.TownshipCode || k.Location != s.Location))
            .ToList();
        var toLoad = renamed.Select(s => s.Code).Where(code => !changed.ContainsKey(code)).ToList();
        if (toLoad.Count > 0)
        {
            foreach (var entry in await db.FacilitiesLedger.AsNoTracking().Where(e => toLoad.Contains(e.SchoolCode)).ToListAsync(cancellationToken))
            {
                changed[entry.SchoolCode] = entry;
            }
        }

        foreach (var school in renamed)
        {
            changed[school.Code].Follow(school.Name, school.TownshipCode, school.Location);
        }

        db.FacilitiesLedger.UpdateRange(changed.Values);
        if (added.Count + changed.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var totals = await db.FacilitiesLedger.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                DGrade = g.Sum(e => e.DGradeBuildings),
                Area = g.Sum(e => e.DGradeArea),
                Overdue = g.Sum(e => e.OverdueAppraisals),
                NoEquipment = g.Count(e => e.EquipmentAsOf == null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var (dGrade, area, overdue, noEquipment) = (totals?.DGrade ?? 0, totals?.Area ?? 0m, totals?.Overdue ?? 0, totals?.NoEquipment ?? 0);
        var changes = added.Count + changed.Count;
        return new UserText(
            $"{schools.Count} 所学校，{changes} 项更新；D 级危房 {dGrade} 幢（{area:0.##} m²），逾期鉴定 {overdue} 幢，{noEquipment} 所学校未登记装备",
            $"{schools.Count} school(s), {changes} change(s); {dGrade} D-grade building(s) ({area:0.##} m²), {overdue} overdue appraisal(s), {noEquipment} school(s) with no equipment recorded");
    }
}
