namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>
/// School age (学龄) for the register: 6 to 15 whole years (周岁) on 1 September of the school year, the enrolment
/// cut-off, so a child's school age does not change on the birthday during the year. School year Y runs from
/// 1 September Y to 31 August Y+1.
/// </summary>
internal static class SchoolAge
{
    public const int Youngest = 6;

    public const int Oldest = 15;

    public static DateOnly FirstDay(int schoolYear) => new(schoolYear, 9, 1);

    /// <summary>The school year <paramref name="day"/> falls in: from September its own year, before it the year before.</summary>
    public static int SchoolYearOf(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    /// <summary>Whole years lived on <paramref name="day"/>; born on 29 February, the birthday falls on 1 March in other years.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (day.Month < birthDate.Month || (day.Month == birthDate.Month && day.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }

    public static int AgeInSchoolYear(DateOnly birthDate, int schoolYear) => AgeOn(birthDate, FirstDay(schoolYear));

    public static bool IsSchoolAge(DateOnly birthDate, int schoolYear) =>
        AgeInSchoolYear(birthDate, schoolYear) is >= Youngest and <= Oldest;

    /// <summary>The birth dates of school age in a school year: born from this day …</summary>
    public static DateOnly BornFrom(int schoolYear) => FirstDay(schoolYear).AddYears(-(Oldest + 1)).AddDays(1);

    /// <summary>… to this day, both included.</summary>
    public static DateOnly BornTo(int schoolYear) => FirstDay(schoolYear).AddYears(-Youngest);
}
