namespace EduRelief.Host.Demo.County;

/// <summary>A construction project at one school: its budget by funding source, seats, the buildings it removes, its moves and its spending.</summary>
internal sealed record PlannedProject(
    string Code,
    string Name,
    PlannedSchool School,
    string Type,
    IReadOnlyList<(string Source, decimal Amount)> Budget,
    int PlannedSeats,
    IReadOnlyList<PlannedBuilding> Removes,
    DateOnly PlannedStart,
    DateOnly PlannedEnd,
    IReadOnlyList<PlannedMove> Moves,
    IReadOnlyList<PlannedSpending> Spending);
