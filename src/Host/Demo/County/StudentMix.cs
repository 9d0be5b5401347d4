namespace EduRelief.Host.Demo.County;

/// <summary>
/// How many students of each kind the demo county has, per grade of the 2025–26 school year. The poor pupils' mix of
/// boarders and day pupils, with the county's living-subsidy rates (<see cref="LocalRates"/>), is what makes the
/// year's aid come to the seed's amount; the rest of the county is sized to look like a county.
/// </summary>
internal static class StudentMix
{
    /// <summary>Poor primary boarders, grades 3–6 (the youngest do not board).</summary>
    public static readonly int[] PrimaryPoorBoarders = [0, 0, 925, 925, 925, 925];

    /// <summary>Poor primary day pupils, grades 1–6; grade 1 began in September 2025, so it had one term of aid in the year.</summary>
    public static readonly int[] PrimaryPoorDay = [400, 300, 150, 150, 150, 150];

    public static readonly int[] JuniorPoorBoarders = [834, 833, 833];

    public static readonly int[] JuniorPoorDay = [334, 333, 333];

    /// <summary>Primary pupils of households with no hardship category, grades 1–6 (more are added so that the consolidation rate's denominator is a multiple of 500).</summary>
    public static readonly int[] PrimaryOthers = [1_180, 1_170, 1_160, 1_170, 1_160, 1_160];

    public static readonly int[] JuniorOthers = [1_100, 1_100, 1_100];

    /// <summary>The special school's pupils, grades 1–9; all on the disabled persons' federation's register.</summary>
    public static readonly int[] SpecialSchool = [2, 2, 2, 2, 2, 3, 3, 2, 2];

    /// <summary>Senior secondary students, grades 10–12, and how many of them are poor.</summary>
    public static readonly int[] Senior = [1_500, 1_500, 1_500];

    public static readonly int[] SeniorPoor = [934, 933, 933];

    /// <summary>Poor kindergarten children who started in 2023 and 2024 (two terms of preschool aid in 2025), and the others.</summary>
    public const int PreschoolPoorPerIntake = 100;

    public const int PreschoolOthersPerIntake = 250;

    public const int VocationalEntrants = 500;

    public const int VocationalGraduates = 80;

    /// <summary>Disabled pupils in regular classes (随班就读) and taught at home (送教上门); the special school's are all disabled.</summary>
    public const int RegularClassDisabled = 36;

    public const int HomeTaughtDisabled = 8;
}
