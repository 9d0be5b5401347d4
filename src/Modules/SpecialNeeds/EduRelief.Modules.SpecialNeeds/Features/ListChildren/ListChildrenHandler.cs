using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

internal sealed class ListChildrenHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListChildrenQuery, PagedResult<ChildResponse>>
{
    public async Task<PagedResult<ChildResponse>> Handle(ListChildrenQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        var children = ChildRows.Matching(db, caller, request, today).AsNoTracking();
        var total = await children.CountAsync(cancellationToken);
        var page = await children.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<ChildResponse>
        {
            Items = page.Select(c => ChildResponse.Of(c, today, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
