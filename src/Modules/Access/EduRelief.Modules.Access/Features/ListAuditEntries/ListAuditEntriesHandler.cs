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
        var entries = db.AuditEntries.AsNoTracking();
        if (request.User is { Length: > 0 } user)
        {
            entries = entries.Where(e => e.UserName == user);
        }

        if (request.Module is { Length: > 0 } module)
        {
            entries = entries.Where(e => e.Module == module);
        }

        if (request.Record is { Length: > 0 } record)
        {
            entries = entries.Where(e => e.Records.Contains(record));
        }

        if (request.From is { } from)
        {
            var start = county.StartOfDayUtc(from);
            entries = entries.Where(e => e.AtUtc >= start);
        }

        if (request.To is { } to)
        {
            var end = county.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.AtUtc < end);
        }

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
