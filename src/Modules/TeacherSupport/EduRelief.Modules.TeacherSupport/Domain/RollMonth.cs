using System.Globalization;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>A month of the allowance roll, <c>YYYY-MM</c>; a teacher is paid for it when in post on its first day.</summary>
internal readonly record struct RollMonth(int Year, int Month) : IComparable<RollMonth>
{
    /// <summary>The month as stored: <c>yyyyMM</c> as a number (202603), ordered as the months are.</summary>
    public int Key => (Year * 100) + Month;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public RollMonth Next => Of(FirstDay.AddMonths(1));

    public RollMonth Previous => Of(FirstDay.AddMonths(-1));

    public static RollMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static RollMonth FromKey(int key) => new(key / 100, key % 100);

    /// <summary>The first month whose first day is on or after <paramref name="day"/>: where a change dated that day first applies.</summary>
    public static RollMonth FirstFrom(DateOnly day) => day.Day == 1 ? Of(day) : Of(day).Next;

    /// <summary>A month already checked by <see cref="TryParse"/> (a validator).</summary>
    public static RollMonth Parse(string text) =>
        TryParse(text.Trim(), out var month) ? month : throw new FormatException($"'{text}' is not a month as YYYY-MM");

    /// <summary>Exactly <c>YYYY-MM</c>, a month 01–12 of a year 2000–2100.</summary>
    public static bool TryParse(string? text, out RollMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year is < 2000 or > 2100 || m is < 1 or > 12)
        {
            return false;
        }

        month = new RollMonth(year, m);
        return true;
    }

    public int CompareTo(RollMonth other) => Key.CompareTo(other.Key);

    public static bool operator <(RollMonth a, RollMonth b) => a.Key < b.Key;

    public static bool operator >(RollMonth a, RollMonth b) => a.Key > b.Key;

    public static bool operator <=(RollMonth a, RollMonth b) => a.Key <= b.Key;

    public static bool operator >=(RollMonth a, RollMonth b) => a.Key >= b.Key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
