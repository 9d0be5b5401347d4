using EduRelief.Modules.Access.Features.ListAuditEntries;

namespace EduRelief.Modules.Access.Web.AuditLog;

/// <summary>The audit page's filters: every one GET /api/access/audit takes.</summary>
internal sealed class AuditFilter
{
    public string? User { get; set; }

    public string? Module { get; set; }

    public string? Record { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public ListAuditEntriesQuery ToQuery(int page, int pageSize) => new()
    {
        User = Blank(User),
        Module = Blank(Module),
        Record = Blank(Record),
        From = From,
        To = To,
        Page = page,
        PageSize = pageSize,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
