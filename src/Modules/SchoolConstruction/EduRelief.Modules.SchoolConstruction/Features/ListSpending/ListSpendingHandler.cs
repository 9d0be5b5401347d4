using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

internal sealed class ListSpendingHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ListSpendingQuery, PagedResult<SpendingResponse>>
{
    public async Task<PagedResult<SpendingResponse>> Handle(ListSpendingQuery request, CancellationToken cancellationToken)
    {
        var spending = SpendingRows.Matching(db, caller.Scope, request);
        var total = await spending.CountAsync(cancellationToken);
        var page = await spending.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<SpendingResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
