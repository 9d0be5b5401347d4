namespace EduRelief.Modules.Reporting.Features.GetReportedYear;

internal sealed record YearLockEntry(string LockedBy, DateTimeOffset LockedAt, string? UnlockedBy, DateTimeOffset? UnlockedAt, string? UnlockReason);
