using System.Text.Json;
using EduRelief.Modules.Reporting.Domain;

namespace EduRelief.Modules.Reporting.Features.GetReportedYear;

/// <summary>A year's lock: whether it is locked, by whom and when, the summary as reported, and every earlier lock and unlock.</summary>
internal sealed record ReportedYearResponse(
    int Year, bool Locked, string? LockedBy, DateTimeOffset? LockedAt, JsonElement? Summary, IReadOnlyList<YearLockEntry> History)
{
    public static ReportedYearResponse Of(int year, IReadOnlyList<YearLock> locks)
    {
        var open = locks.SingleOrDefault(l => l.IsOpen);
        return new ReportedYearResponse(
            year,
            open is not null,
            open?.LockedBy,
            open?.LockedAt,
            open is null ? null : JsonDocument.Parse(open.Summary).RootElement.Clone(),
            locks.OrderBy(l => l.LockedAt).Select(l => new YearLockEntry(l.LockedBy, l.LockedAt, l.UnlockedBy, l.UnlockedAt, l.UnlockReason)).ToList());
    }
}
