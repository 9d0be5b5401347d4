using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

/// <summary>The buildings a list filter keeps, in the caller's scope, in the order the list and its export show them.</summary>
internal static class BuildingRows
{
    public static IQueryable<Building> Matching(SchoolConstructionDbContext db, DataScope scope, ListBuildingsQuery request, DateOnly today)
    {
        var buildings = db.Buildings.AsNoTracking().InScope(scope).AtSchoolAndTownship(request.SchoolCode, request.TownshipCode);

        if (request.Grade is { Length: > 0 } text)
        {
            var grade = EnumCodes.Parse<BuildingSafetyGrade>(text);
            buildings = buildings.Where(b => b.Grade == grade);
        }

        if (request.DList is { } dList)
        {
            buildings = dList
                ? buildings.Where(b => b.Grade == BuildingSafetyGrade.D && b.DemolishedOn == null)
                : buildings.Where(b => b.Grade != BuildingSafetyGrade.D || b.Grade == null || b.DemolishedOn != null);
        }

        if (request.Overdue is { } overdue)
        {
            buildings = overdue
                ? buildings.Where(b => b.DemolishedOn == null && b.NextAppraisalDueOn < today)
                : buildings.Where(b => b.DemolishedOn != null || b.NextAppraisalDueOn == null || b.NextAppraisalDueOn >= today);
        }

        return buildings.OrderBy(b => b.SchoolCode).ThenBy(b => b.Name).ThenBy(b => b.Id);
    }
}
