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
        var counted = await FacilitiesCount.BySchoolAsync(db, county.Today, cancellationToken);
        // Read untracked and attach only the rows that change: a run with nothing new tracks and writes nothing.
        var ledger = await db.FacilitiesLedger.AsNoTracking().ToDictionaryAsync(e => e.SchoolCode, StringComparer.Ordinal, cancellationToken);
        var changed = 0;
        foreach (var school in schools)
        {
            var counts = counted.GetValueOrDefault(school.Code, SchoolFacilities.None);
            if (!ledger.TryGetValue(school.Code, out var entry))
            {
                entry = FacilitiesLedgerEntry.For(school.Code, school.Name, school.TownshipCode, school.Location, now);
                entry.Refresh(counts, now);
                db.FacilitiesLedger.Add(entry);
                ledger[school.Code] = entry;
                changed++;
            }
            else if (entry.Follow(school.Name, school.TownshipCode, school.Location) | entry.Refresh(counts, now))
            {
                db.FacilitiesLedger.Update(entry);
                changed++;
            }
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var rows = schools.Select(s => ledger[s.Code]).ToList();
        var noEquipment = rows.Count(r => r.EquipmentAsOf is null);
        var dGrade = rows.Sum(r => r.DGradeBuildings);
        var area = rows.Sum(r => r.DGradeArea);
        var overdue = rows.Sum(r => r.OverdueAppraisals);
        return new UserText(
            $"{schools.Count} 所学校，{changed} 项更新；D 级危房 {dGrade} 幢（{area:0.##} m²），逾期鉴定 {overdue} 幢，{noEquipment} 所学校未登记装备",
            $"{schools.Count} school(s), {changed} change(s); {dGrade} D-grade building(s) ({area:0.##} m²), {overdue} overdue appraisal(s), {noEquipment} school(s) with no equipment recorded");
    }
}
