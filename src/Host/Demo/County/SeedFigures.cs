namespace EduRelief.Host.Demo.County;

/// <summary>
/// The 2025 figures of the county's work summary (<c>shared/seed</c>) the demo county is shaped to: only the
/// generator knows them; Reporting counts whatever the records say.
/// </summary>
internal static class SeedFigures
{
    public const int IdentifiedPoorStudents = 12_000;
    public const int IdentifiedPoorStudentsCompulsory = 8_500;
    public const decimal ConstructionInvestment = 320_000_000m;
    public const int SchoolsBuiltOrExpanded = 23;
    public const int SeatsAdded = 5_400;
    public const decimal AidDisbursed = 28_000_000m;
    public const int AidPersonTimes = 18_000;
    public const int RainDewPersonTimes = 500;
    public const int TeachersRecruited = 300;
    public const int TrainingPersonTimes = 2_000;
    public const int OnlineClassrooms = 30;
    public const int PairingActivities = 150;
    public const int LeftBehindHomes = 45;
    public const int PersuadedReturns = 23;

    /// <summary>99.8%: one compulsory-age student in 500 dropped out in the year and was not back by its end.</summary>
    public const int StudentsPerDropoutNotReturned = 500;

    public const int VocationalEnrolments = 500;
    public const int OutreachMaterials = 50_000;
}
