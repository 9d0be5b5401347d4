using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

internal sealed class ListFacilitiesHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ListFacilitiesQuery, PagedResult<FacilitiesResponse>>
{
    public async Task<PagedResult<FacilitiesResponse>> Handle(ListFacilitiesQuery request, CancellationToken cancellationToken)
    {
        var rows = db.FacilitiesLedger.AsNoTracking().InScope(caller.Scope);
        if (request.TownshipCode is { Length: > 0 } township)
        {
            rows = rows.Where(r => r.TownshipCode == township);
        }

        if (request.NoEquipment is { } noEquipment)
        {
            rows = noEquipment ? rows.Where(r => r.EquipmentAsOf == null) : rows.Where(r => r.EquipmentAsOf != null);
        }

        if (request.DGrade is { } dGrade)
        {
            rows = dGrade ? rows.Where(r => r.DGradeBuildings > 0) : rows.Where(r => r.DGradeBuildings == 0);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.SchoolCode)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(r => new FacilitiesResponse(
                r.SchoolCode, r.SchoolName, r.TownshipCode, r.Location, r.Buildings, r.DGradeBuildings, r.DGradeArea, r.OverdueAppraisals, r.Seats,
                r.EquipmentAsOf, r.Classrooms, r.MultimediaClassrooms, r.OnlineClassrooms, r.RefreshedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<FacilitiesResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
