using System.Globalization;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Host.Admin;

/// <summary>Hangfire's times (UTC) as the county reads them.</summary>
internal static class CountyTimes
{
    public static string Show(this CountyClock county, DateTime? utc) =>
        utc is { } at
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), county.TimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "—";
}
