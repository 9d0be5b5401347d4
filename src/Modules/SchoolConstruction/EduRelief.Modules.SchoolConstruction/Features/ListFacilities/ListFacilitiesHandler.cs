using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

internal sealed class ListFacilitiesHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ListFacilitiesQuery, PagedResult<FacilitiesResponse>>
{
    public async Task<PagedResult<FacilitiesResponse>> Handle(ListFacilitiesQuery request, CancellationToken cancellationToken)
    {
        var rows = FacilitiesRows.Matching(db, caller.Scope, request);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<FacilitiesResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
