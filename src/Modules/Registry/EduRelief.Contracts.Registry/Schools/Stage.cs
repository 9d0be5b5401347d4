namespace EduRelief.Contracts.Registry;

/// <summary>学段 — the stage of schooling a school serves.</summary>
public enum Stage
{
    Preschool,
    Primary,
    JuniorSecondary,
    SeniorSecondary,
    SecondaryVocational,
    Special,
}
