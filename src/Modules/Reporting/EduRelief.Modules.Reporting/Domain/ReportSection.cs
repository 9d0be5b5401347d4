namespace EduRelief.Modules.Reporting.Domain;

/// <summary>The work summary's sections in the order the county's document has them (../shared/seed).</summary>
internal enum ReportSection
{
    Organisation,
    Identification,
    SchoolConditions,
    Subsidies,
    Teachers,
    SpecialGroups,
    DropoutControl,
    AspirationAndSkills,
    Vocational,
    Results,
    ProblemsAndNextSteps,
}
