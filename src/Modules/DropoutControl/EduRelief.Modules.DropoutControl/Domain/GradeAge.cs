namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// Over-age for grade (超龄): the student's whole years at the Registry's enrolment cut-off (31 August before the school
/// year under way, as <c>StudentDto.Age</c> counts them, ADR 0024) against the age of a child who entered grade 1 at
/// six on time and never repeated. Grades run on across the stages (junior secondary is 7–9), so grade g is on time
/// at 5 + g.
/// </summary>
internal static class GradeAge
{
    public const int EntryAge = 6;

    /// <summary>Years over the on-time age from which a student is over-age.</summary>
    public const int OverBy = 2;

    public static int OnTimeAge(int grade) => EntryAge - 1 + grade;

    /// <summary>Whole years on 31 August before the school year <paramref name="today"/> falls in; 29 February counts from 1 March.</summary>
    public static int AgeAtCutOff(DateOnly birthDate, DateOnly today)
    {
        var cutOff = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 8, 31);
        var age = cutOff.Year - birthDate.Year;
        return (cutOff.Month, cutOff.Day).CompareTo((birthDate.Month, birthDate.Day)) < 0 ? age - 1 : age;
    }

    public static bool IsOverAge(DateOnly birthDate, int grade, DateOnly today) => AgeAtCutOff(birthDate, today) - OnTimeAge(grade) >= OverBy;
}
