namespace EduRelief.Contracts.Registry;

/// <summary>
/// A span in which a student held a category (<see cref="MatchCategoryPeriodsQuery"/>), dated and sourced as the
/// category events were: held from <see cref="StartedOn"/>, no longer from the day after <see cref="EndedOn"/>.
/// </summary>
public sealed record CategoryPeriodDto
{
    public required Guid StudentId { get; init; }

    public required DateOnly StartedOn { get; init; }

    public required string StartSource { get; init; }

    /// <summary>The last day held; null while the category is held.</summary>
    public DateOnly? EndedOn { get; init; }

    public string? EndSource { get; init; }
}
