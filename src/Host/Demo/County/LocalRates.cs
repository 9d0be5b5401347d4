using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// The demo county's own living-subsidy rates per term from 1 January 2025: the national defaults (¥500/¥250 primary,
/// ¥625/¥312.50 junior) topped up with county funds, so that the year's aid comes to the seed's ¥28M.
/// </summary>
internal static class LocalRates
{
    public static readonly DateOnly EffectiveFrom = DemoCalendar.FirstDay;

    public static readonly IReadOnlyList<(Stage Stage, bool Boarding, decimal PerTerm)> LivingSubsidy =
    [
        (Stage.Primary, true, 1_500m),
        (Stage.Primary, false, 1_000m),
        (Stage.JuniorSecondary, true, 2_000m),
        (Stage.JuniorSecondary, false, 1_250m),
    ];

    public static decimal LivingSubsidyFor(PlannedStudent student) =>
        LivingSubsidy.Single(r => r.Stage == student.School.Stage && r.Boarding == student.Boarding).PerTerm;
}
