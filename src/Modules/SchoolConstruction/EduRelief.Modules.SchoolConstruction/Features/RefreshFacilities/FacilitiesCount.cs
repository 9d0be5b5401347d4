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
    public static async Task<Dictionary<string, SchoolFacilities>> BySchoolAsync(SchoolConstructionDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var buildings = await db.Buildings.AsNoTracking()
            .Where(b => b.DemolishedOn == null)
            .GroupBy(b => b.SchoolCode)
            .Select(g => new
            {
                School = g.Key,
                Buildings = g.Count(),
                DGrade = g.Count(b => b.Grade == BuildingSafetyGrade.D),
                DGradeArea = g.Sum(b => b.Grade == BuildingSafetyGrade.D ? b.FloorArea : 0m),
                Overdue = g.Count(b => b.NextAppraisalDueOn < today),
            })
            .ToDictionaryAsync(x => x.School, StringComparer.Ordinal, cancellationToken);
        var seats = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Completed || p.Status == ProjectStatus.Accepted)
            .GroupBy(p => p.SchoolCode)
            .Select(g => new { School = g.Key, Seats = g.Sum(p => p.ActualSeats ?? 0) })
            .ToDictionaryAsync(x => x.School, x => x.Seats, StringComparer.Ordinal, cancellationToken);
        var equipment = await db.Equipment.AsNoTracking()
            .Where(e => e.AsOf == db.Equipment.Where(x => x.SchoolCode == e.SchoolCode).Max(x => x.AsOf))
            .ToDictionaryAsync(e => e.SchoolCode, StringComparer.Ordinal, cancellationToken);

        var counted = new Dictionary<string, SchoolFacilities>(StringComparer.Ordinal);
        foreach (var school in buildings.Keys.Concat(seats.Keys).Concat(equipment.Keys).Distinct(StringComparer.Ordinal))
        {
            var b = buildings.GetValueOrDefault(school);
            var e = equipment.GetValueOrDefault(school);
            counted[school] = new SchoolFacilities(
                b?.Buildings ?? 0, b?.DGrade ?? 0, b?.DGradeArea ?? 0m, b?.Overdue ?? 0, seats.GetValueOrDefault(school),
                e?.AsOf, e?.Classrooms ?? 0, e?.MultimediaClassrooms ?? 0, e?.OnlineClassrooms ?? 0);
        }

        return counted;
    }
}
