using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Reporting.Domain;

/// <summary>
/// A year locked as reported: the summary as it was handed up, who locked it and when; unlocked only by an Admin with a
/// reason, the row kept. At most one open lock per year (a unique index over the rows not unlocked).
/// </summary>
internal sealed class YearLock
{
    private YearLock()
    {
    }

    public long Id { get; private init; }

    public int Year { get; private init; }

    /// <summary>The summary's JSON exactly as it was served when the year was locked.</summary>
    public string Summary { get; private init; } = string.Empty;

    public string LockedBy { get; private init; } = string.Empty;

    public DateTimeOffset LockedAt { get; private init; }

    public string? UnlockedBy { get; private set; }

    public DateTimeOffset? UnlockedAt { get; private set; }

    public string? UnlockReason { get; private set; }

    public bool IsOpen => UnlockedAt is null;

    public static YearLock Lock(int year, string summary, string by, DateTimeOffset at) =>
        new() { Year = year, Summary = summary, LockedBy = by, LockedAt = at };

    public void Unlock(string by, DateTimeOffset at, string reason)
    {
        if (!IsOpen)
        {
            throw new ConflictException("year", new UserText($"{Year} 年度已解锁", $"{Year} is already unlocked"));
        }

        (UnlockedBy, UnlockedAt, UnlockReason) = (by, at, reason);
    }
}
