using EduRelief.Modules.Access.Data;
using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Features.ListAuditEntries;

/// <summary>The entries an audit-log filter selects: for a page of the log and for its export alike.</summary>
internal static class AuditEntryRows
{
    public static IQueryable<AuditEntry> Matching(AccessDbContext db, CountyClock county, ListAuditEntriesQuery request)
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

        return entries;
    }
}
