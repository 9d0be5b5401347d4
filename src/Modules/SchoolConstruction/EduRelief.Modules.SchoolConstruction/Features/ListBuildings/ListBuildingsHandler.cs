using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

internal sealed class ListBuildingsHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListBuildingsQuery, PagedResult<BuildingResponse>>
{
    public async Task<PagedResult<BuildingResponse>> Handle(ListBuildingsQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        var buildings = BuildingRows.Matching(db, caller.Scope, request, today);
        var total = await buildings.CountAsync(cancellationToken);
        var page = await buildings.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<BuildingResponse>
        {
            Items = page.Select(b => BuildingResponse.Of(b, today)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
