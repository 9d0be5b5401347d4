namespace EduRelief.Contracts.Registry;

/// <summary>Which students a query selects; every criterion left null selects all.</summary>
public sealed record StudentCriteria
{
    public string? NationalId { get; init; }

    public string? SchoolCode { get; init; }

    public string? TownshipCode { get; init; }

    public IReadOnlyList<Stage>? Stages { get; init; }

    /// <summary>Students with any of these categories currently active.</summary>
    public IReadOnlyList<HardshipCategory>? AnyCategory { get; init; }

    /// <summary>Students who held any hardship category at any time in this range (from the category history).</summary>
    public DateRange? HardshipActiveDuring { get; init; }

    /// <summary>True: students with at least one hardship category now; false: students with none.</summary>
    public bool? HasHardship { get; init; }

    public bool? Boarding { get; init; }

    public bool? LeftBehind { get; init; }

    public bool? Disabled { get; init; }

    public StudentStatus? Status { get; init; }

    /// <summary>Students born within this range.</summary>
    public DateRange? BornBetween { get; init; }

    /// <summary>Students whose status on a day, read from the status history, was this one.</summary>
    public StatusOnDay? StatusOn { get; init; }

    /// <summary>Students with a change of status matching any of these windows.</summary>
    public IReadOnlyList<StatusChangeWindow>? ChangedInto { get; init; }

    /// <summary>Every student but these.</summary>
    public IReadOnlyCollection<Guid>? Except { get; init; }
}
