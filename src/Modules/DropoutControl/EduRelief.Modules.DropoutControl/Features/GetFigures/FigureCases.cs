using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>The cases the case figures count, one definition for the count and its list.</summary>
internal static class FigureCases
{
    public static IQueryable<DropoutCase> Returned(this IQueryable<DropoutCase> cases, int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return cases.Where(c => c.Outcome == CaseOutcome.Returned && c.OutcomeOn >= from && c.OutcomeOn <= to);
    }

    public static IQueryable<DropoutCase> OpenConfirmed(this IQueryable<DropoutCase> cases, DateOnly countingDay) =>
        cases.Where(c => (c.Stage == CaseStage.Confirmed || c.Stage == CaseStage.Persuading) && c.DetectedOn <= countingDay);
}
