namespace EduRelief.Modules.Reporting.Domain;

/// <summary>The figure keys of API.md (Reporting), one constant each so a source and the catalogue cannot drift apart.</summary>
internal static class FigureKeys
{
    public const string IdentifiedPoorStudents = "identifiedPoorStudents";
    public const string IdentifiedPoorStudentsCompulsory = "identifiedPoorStudentsCompulsory";
    public const string ConstructionInvestment = "constructionInvestment";
    public const string SchoolsBuiltOrExpanded = "schoolsBuiltOrExpanded";
    public const string SeatsAdded = "seatsAdded";
    public const string DGradeAreaRemaining = "dGradeAreaRemaining";
    public const string ClassroomMultimediaCoverage = "classroomMultimediaCoverage";
    public const string AidDisbursed = "aidDisbursed";
    public const string AidPersonTimes = "aidPersonTimes";
    public const string LivingSubsidyCoverage = "livingSubsidyCoverage";
    public const string RainDewPersonTimes = "rainDewPersonTimes";
    public const string TeachersRecruited = "teachersRecruited";
    public const string TrainingPersonTimes = "trainingPersonTimes";
    public const string OnlineClassrooms = "onlineClassrooms";
    public const string PairingActivities = "pairingActivities";
    public const string LeftBehindHomes = "leftBehindHomes";
    public const string DisabledEnrolmentRate = "disabledEnrolmentRate";
    public const string PersuadedReturns = "persuadedReturns";
    public const string ConsolidationRate = "consolidationRate";
    public const string VocationalEnrolments = "vocationalEnrolments";
    public const string VocationalEmploymentRate = "vocationalEmploymentRate";
    public const string OutreachMaterials = "outreachMaterials";
}
