using EduRelief.Modules.Access.Data;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Features.ListAuditEntries;

internal sealed class ListAuditEntriesHandler(AccessDbContext db, CountyClock county) : IRequestHandler<ListAuditEntriesQuery, PagedResult<AuditEntryResponse>>
{
    public async Task<PagedResult<AuditEntryResponse>> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = AuditEntryRows.Matching(db, county, request);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries
            .OrderByDescending(e => e.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(e => new AuditEntryResponse(e.Id, e.UserName, e.AtUtc, e.Module, e.Action, e.Records, e.Outcome.ToString(), e.Detail))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
