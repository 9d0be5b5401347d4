namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>
/// When the next appraisal falls due, if the appraising body names no date: yearly once a building is past its design
/// life, otherwise every five years. The design life is GB 50068's 50 years for ordinary buildings.
/// </summary>
internal static class AppraisalSchedule
{
    public const int DesignLifeYears = 50;

    public static bool IsPastDesignLife(int yearBuilt, DateOnly on) => on.Year - yearBuilt >= DesignLifeYears;

    public static DateOnly NextDue(int yearBuilt, DateOnly appraisedOn) =>
        appraisedOn.AddYears(IsPastDesignLife(yearBuilt, appraisedOn) ? 1 : 5);
}
