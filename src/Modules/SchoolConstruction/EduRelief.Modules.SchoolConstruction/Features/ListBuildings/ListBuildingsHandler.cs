using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

internal sealed class ListBuildingsHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListBuildingsQuery, PagedResult<BuildingResponse>>
{
    public async Task<PagedResult<BuildingResponse>> Handle(ListBuildingsQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        var buildings = db.Buildings.AsNoTracking().InScope(caller.Scope);
        if (request.SchoolCode is { Length: > 0 } school)
        {
            buildings = buildings.Where(b => b.SchoolCode == school);
        }

        if (request.TownshipCode is { Length: > 0 } township)
        {
            buildings = buildings.Where(b => b.TownshipCode == township);
        }

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

        var total = await buildings.CountAsync(cancellationToken);
        var page = await buildings.OrderBy(b => b.SchoolCode).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<BuildingResponse>
        {
            Items = page.Select(b => BuildingResponse.Of(b, today)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
