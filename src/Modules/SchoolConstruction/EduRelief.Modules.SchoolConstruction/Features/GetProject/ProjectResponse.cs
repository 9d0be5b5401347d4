using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

/// <summary>A project with its current budget by source, every revision, its dated moves and its spending.</summary>
internal sealed record ProjectResponse(
    string Code,
    string Name,
    string SchoolCode,
    string TownshipCode,
    ProjectType Type,
    ProjectStatus Status,
    int PlannedSeats,
    int? ActualSeats,
    DateOnly PlannedStart,
    DateOnly PlannedEnd,
    decimal Budget,
    decimal Spent,
    IReadOnlyList<BudgetRevisionResponse> BudgetRevisions,
    IReadOnlyList<StatusMoveResponse> Moves,
    IReadOnlyList<SpendingResponse> Spending,
    IReadOnlyList<Guid> RemovesBuildingIds)
{
    public static ProjectResponse Of(Project p) => new(
        p.Code, p.Name, p.SchoolCode, p.TownshipCode, p.Type, p.Status, p.PlannedSeats, p.ActualSeats, p.PlannedStart, p.PlannedEnd,
        p.Budget, p.Spent,
        p.BudgetLines.GroupBy(l => l.Revision).OrderByDescending(g => g.Key).Select(BudgetRevisionResponse.Of).ToList(),
        p.Moves.OrderBy(m => m.Status).Select(m => new StatusMoveResponse(m.Status, m.On, m.RecordedBy)).ToList(),
        p.Spending.OrderBy(s => s.SpentOn).ThenBy(s => s.Id).Select(s => SpendingResponse.Of(s, p)).ToList(),
        p.Removals.Select(r => r.BuildingId).Order().ToList());
}
