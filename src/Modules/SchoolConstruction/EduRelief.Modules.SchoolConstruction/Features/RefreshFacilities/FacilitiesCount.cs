using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;

/// <summary>
/// Each school's facilities counted in the database, one grouped query per table: a building's latest grade and next
/// due date are kept on the building by every appraisal, so the appraisals themselves are not read.
/// </summary>
internal static class FacilitiesCount
{
    /// <summary>Every school that has a record, counted.</summary>
    public static async Task<Dictionary<string, SchoolFacilities>> BySchoolAsync(SchoolConstructionDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var buildings = await BuildingsBySchool(db, today).ToDictionaryAsync(x => x.School, StringComparer.Ordinal, cancellationToken);
        var seats = await SeatsBySchool(db).ToDictionaryAsync(x => x.School, x => x.Seats, StringComparer.Ordinal, cancellationToken);
        var equipment = await LatestEquipment(db).ToDictionaryAsync(e => e.SchoolCode, StringComparer.Ordinal, cancellationToken);

        var counted = new Dictionary<string, SchoolFacilities>(StringComparer.Ordinal);
        foreach (var school in buildings.Keys.Concat(seats.Keys).Concat(equipment.Keys).Distinct(StringComparer.Ordinal))
        {
            var b = buildings.GetValueOrDefault(school);
            var e = equipment.GetValueOrDefault(school);
            counted[school] = new SchoolFacilities(
                b?.Buildings ?? 0, b?.DGradeBuildings ?? 0, b?.DGradeArea ?? 0m, b?.OverdueAppraisals ?? 0, seats.GetValueOrDefault(school),
                e?.AsOf, e?.Classrooms ?? 0, e?.MultimediaClassrooms ?? 0, e?.OnlineClassrooms ?? 0);
        }

        return counted;
    }

    /// <summary>
    /// The ledger rows whose counts no longer match the records, each with its new counts: the database compares, so a
    /// refresh with nothing new reads no row back.
    /// </summary>
    public static Task<List<Recount>> ChangedAsync(SchoolConstructionDbContext db, DateOnly today, CancellationToken cancellationToken) => (
        from entry in db.FacilitiesLedger.AsNoTracking()
        join building in BuildingsBySchool(db, today) on entry.SchoolCode equals building.School into buildings
        from b in buildings.DefaultIfEmpty()
        join seat in SeatsBySchool(db) on entry.SchoolCode equals seat.School into seats
        from s in seats.DefaultIfEmpty()
        join equipment in LatestEquipment(db) on entry.SchoolCode equals equipment.SchoolCode into equipped
        from e in equipped.DefaultIfEmpty()
        where entry.Buildings != ((int?)b.Buildings ?? 0)
            || entry.DGradeBuildings != ((int?)b.DGradeBuildings ?? 0)
            || entry.DGradeArea != ((decimal?)b.DGradeArea ?? 0m)
            || entry.OverdueAppraisals != ((int?)b.OverdueAppraisals ?? 0)
            || entry.Seats != ((int?)s.Seats ?? 0)
            || entry.EquipmentAsOf != (DateOnly?)e.AsOf
            || entry.Classrooms != ((int?)e.Classrooms ?? 0)
            || entry.MultimediaClassrooms != ((int?)e.MultimediaClassrooms ?? 0)
            || entry.OnlineClassrooms != ((int?)e.OnlineClassrooms ?? 0)
        select new Recount
        {
            Entry = entry,
            Facilities = new SchoolFacilities(
                (int?)b.Buildings ?? 0, (int?)b.DGradeBuildings ?? 0, (decimal?)b.DGradeArea ?? 0m, (int?)b.OverdueAppraisals ?? 0,
                (int?)s.Seats ?? 0,
                (DateOnly?)e.AsOf, (int?)e.Classrooms ?? 0, (int?)e.MultimediaClassrooms ?? 0, (int?)e.OnlineClassrooms ?? 0),
        }).ToListAsync(cancellationToken);

    private static IQueryable<BuildingCount> BuildingsBySchool(SchoolConstructionDbContext db, DateOnly today) =>
        db.Buildings.AsNoTracking()
            .Where(b => b.DemolishedOn == null)
            .GroupBy(b => b.SchoolCode)
            .Select(g => new BuildingCount
            {
                School = g.Key,
                Buildings = g.Count(),
                DGradeBuildings = g.Count(b => b.Grade == BuildingSafetyGrade.D),
                DGradeArea = g.Sum(b => b.Grade == BuildingSafetyGrade.D ? b.FloorArea : 0m),
                OverdueAppraisals = g.Count(b => b.NextAppraisalDueOn < today),
            });

    private static IQueryable<SeatCount> SeatsBySchool(SchoolConstructionDbContext db) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Completed || p.Status == ProjectStatus.Accepted)
            .GroupBy(p => p.SchoolCode)
            .Select(g => new SeatCount { School = g.Key, Seats = g.Sum(p => p.ActualSeats ?? 0) });

    private static IQueryable<EquipmentRecord> LatestEquipment(SchoolConstructionDbContext db) =>
        db.Equipment.AsNoTracking().Where(e => e.AsOf == db.Equipment.Where(x => x.SchoolCode == e.SchoolCode).Max(x => x.AsOf));
}
