using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

/// <summary>One revision of a budget (0 as planned), newest first in a project.</summary>
internal sealed record BudgetRevisionResponse(int Revision, DateOnly RevisedOn, string RevisedBy, decimal Total, IReadOnlyList<BudgetLineResponse> Lines)
{
    public static BudgetRevisionResponse Of(IGrouping<int, BudgetLine> revision)
    {
        var first = revision.First();
        return new(
            revision.Key, first.RevisedOn, first.RevisedBy, revision.Sum(l => l.Amount),
            revision.OrderBy(l => l.Source).Select(l => new BudgetLineResponse(l.Source, l.Amount)).ToList());
    }
}
