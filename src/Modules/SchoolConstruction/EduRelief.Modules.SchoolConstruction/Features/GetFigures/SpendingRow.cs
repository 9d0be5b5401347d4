namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

/// <summary>One payment out of a project, with the project it was for.</summary>
internal sealed record SpendingRow
{
    public required long Id { get; init; }

    public required string ProjectCode { get; init; }

    public required string ProjectName { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required DateOnly SpentOn { get; init; }

    public required decimal Amount { get; init; }

    public required string Purpose { get; init; }
}
