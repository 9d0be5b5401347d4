using EduRelief.Modules.DropoutControl.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

internal sealed class ListRiskHandler(DropoutControlDbContext db, ICallerContext caller, IMediator mediator) : IRequestHandler<ListRiskQuery, PagedResult<RiskResponse>>
{
    public async Task<PagedResult<RiskResponse>> Handle(ListRiskQuery request, CancellationToken cancellationToken)
    {
        var scores = (await RiskRows.MatchingAsync(db, caller, mediator, request, cancellationToken)).AsNoTracking();
        var total = await scores.CountAsync(cancellationToken);
        var page = await scores.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<RiskResponse>
        {
            Items = page.Select(r => RiskResponse.Of(r, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
