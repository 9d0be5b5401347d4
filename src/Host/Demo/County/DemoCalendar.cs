namespace EduRelief.Host.Demo.County;

/// <summary>The demo's year and the days its story is told on.</summary>
internal static class DemoCalendar
{
    public const int Year = 2025;

    public static readonly DateOnly FirstDay = new(Year, 1, 1);

    public static readonly DateOnly LastDay = new(Year, 12, 31);

    /// <summary>The autumn term, when this school year's pupils and the vocational school's new intake started.</summary>
    public static readonly DateOnly AutumnTerm = new(Year, 9, 1);

    /// <summary>The last day the demo writes: the autumn term of 2025 runs to the end of January 2026.</summary>
    public static readonly DateOnly LastDayWritten = new(Year + 1, 1, 31);

    public static DateOnly On(int month, int day) => new(Year, month, day);
}
