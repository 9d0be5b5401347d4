using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

internal sealed class ListSpendingHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ListSpendingQuery, PagedResult<SpendingResponse>>
{
    public async Task<PagedResult<SpendingResponse>> Handle(ListSpendingQuery request, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking().InScope(caller.Scope);
        if (request.ProjectCode is { Length: > 0 } code)
        {
            projects = projects.Where(p => p.Code == code);
        }

        var spending = projects.SelectMany(p => p.Spending, (p, s) => new { p.Code, p.SchoolCode, Spending = s });
        if (request.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            spending = spending.Where(x => x.Spending.SpentOn >= from && x.Spending.SpentOn <= to);
        }

        var total = await spending.CountAsync(cancellationToken);
        var page = await spending.OrderBy(x => x.Spending.SpentOn).ThenBy(x => x.Spending.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(x => new SpendingResponse(x.Spending.Id, x.Code, x.SchoolCode, x.Spending.SpentOn, x.Spending.Amount, x.Spending.Purpose, x.Spending.RecordedBy))
            .ToListAsync(cancellationToken);
        return new PagedResult<SpendingResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
