namespace EduRelief.SharedKernel.Time;

/// <summary>
/// The county's wall clock. "Today" for a change sent without a date is the county's today (Beijing time by default,
/// <c>EduRelief:TimeZone</c>), not the UTC date, which is still yesterday before 08:00. Cron is read in the same zone.
/// </summary>
public sealed class CountyClock(TimeProvider time, TimeZoneInfo timeZone)
{
    public const string TimeZoneKey = "EduRelief:TimeZone";
    public const string DefaultTimeZone = "Asia/Shanghai";

    public TimeZoneInfo TimeZone { get; } = timeZone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The UTC instant a county day begins: a search "on 2 March" means the county's 2 March, from 00:00.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeZone);
}
