using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// Compulsory-education age (义务教育适龄): 6 to 15 whole years on 1 September of the school year, the enrolment
/// cut-off, so a child does not leave compulsory age on a birthday during the year. School year Y runs from
/// 1 September Y to 31 August Y+1.
/// </summary>
internal static class CompulsoryAge
{
    public const int Youngest = 6;

    public const int Oldest = 15;

    /// <summary>Whole years on 1 September of the school year <paramref name="day"/> falls in (from September its own year, before it the year before).</summary>
    public static int AgeInSchoolYearOf(DateOnly birthDate, DateOnly day)
    {
        var schoolYear = day.Month >= 9 ? day.Year : day.Year - 1;
        var age = schoolYear - birthDate.Year;
        return birthDate.Month > 9 || (birthDate.Month == 9 && birthDate.Day > 1) ? age - 1 : age;
    }

    public static bool Covers(DateOnly birthDate, DateOnly day) => AgeInSchoolYearOf(birthDate, day) is >= Youngest and <= Oldest;

    /// <summary>The birth dates <see cref="Covers"/> accepts on <paramref name="day"/>: 2 September 16 years before its school year to 1 September 6 years before.</summary>
    public static DateRange BornFor(DateOnly day)
    {
        var schoolYear = day.Month >= 9 ? day.Year : day.Year - 1;
        return new DateRange { From = new DateOnly(schoolYear - Oldest - 1, 9, 2), To = new DateOnly(schoolYear - Youngest, 9, 1) };
    }
}
