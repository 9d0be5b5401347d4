using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

/// <summary>The ledger rows a list filter keeps, in the caller's scope, by school code.</summary>
internal static class FacilitiesRows
{
    public static IQueryable<FacilitiesResponse> Matching(SchoolConstructionDbContext db, DataScope scope, ListFacilitiesQuery request)
    {
        var rows = db.FacilitiesLedger.AsNoTracking().InScope(scope).AtSchoolAndTownship(null, request.TownshipCode);

        if (request.NoEquipment is { } noEquipment)
        {
            rows = noEquipment ? rows.Where(r => r.EquipmentAsOf == null) : rows.Where(r => r.EquipmentAsOf != null);
        }

        if (request.DGrade is { } dGrade)
        {
            rows = dGrade ? rows.Where(r => r.DGradeBuildings > 0) : rows.Where(r => r.DGradeBuildings == 0);
        }

        return rows.OrderBy(r => r.SchoolCode)
            .Select(r => new FacilitiesResponse(
                r.SchoolCode, r.SchoolName, r.TownshipCode, r.Location, r.Buildings, r.DGradeBuildings, r.DGradeArea, r.OverdueAppraisals, r.Seats,
                r.EquipmentAsOf, r.Classrooms, r.MultimediaClassrooms, r.OnlineClassrooms, r.RefreshedAt));
    }
}
