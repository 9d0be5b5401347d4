using System.Diagnostics.CodeAnalysis;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Primitives;

/// <summary>A semester of a calendar year, written <c>YYYY-1</c> (spring) or <c>YYYY-2</c> (autumn).</summary>
public readonly record struct Term(int Year, Semester Semester) : IComparable<Term>
{
    /// <summary>Spring runs from March, autumn from September; aid rates in force on this day apply to the term.</summary>
    public DateOnly StartsOn => new(Year, Semester == Semester.Spring ? 3 : 9, 1);

    public DateOnly EndsOn => Semester == Semester.Spring ? new DateOnly(Year, 7, 31) : new DateOnly(Year + 1, 1, 31);

    public static bool TryParse(string? value, out Term term, [NotNullWhen(false)] out string? error)
    {
        term = default;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length != 6 || text[4] != '-' || !int.TryParse(text.AsSpan(0, 4), out var year) || year < 2000 || year > 2100)
        {
            error = new UserText("学期须为 YYYY-1（春季）或 YYYY-2（秋季），例如 2025-2", "must be YYYY-1 (spring) or YYYY-2 (autumn), e.g. 2025-2");
            return false;
        }

        switch (text[5])
        {
            case '1':
                term = new Term(year, Semester.Spring);
                break;
            case '2':
                term = new Term(year, Semester.Autumn);
                break;
            default:
                error = new UserText("学期须为 1（春季）或 2（秋季）", "the semester must be 1 (spring) or 2 (autumn)");
                return false;
        }

        error = null;
        return true;
    }

    /// <summary>For text a validator has already accepted (or that this system wrote).</summary>
    public static Term Parse(string text) => TryParse(text, out var term, out var error) ? term : throw new FormatException(error);

    public int CompareTo(Term other) => (Year, Semester).CompareTo((other.Year, other.Semester));

    public static bool operator <(Term left, Term right) => left.CompareTo(right) < 0;

    public static bool operator <=(Term left, Term right) => left.CompareTo(right) <= 0;

    public static bool operator >(Term left, Term right) => left.CompareTo(right) > 0;

    public static bool operator >=(Term left, Term right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year}-{(int)Semester}";
}
