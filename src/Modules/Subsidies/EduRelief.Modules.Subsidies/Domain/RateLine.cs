using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>
/// The amount per term for students of a stage, boarders or not (null: both). Meal programmes give it as an amount
/// per school day times the school days of a term.
/// </summary>
internal sealed class RateLine
{
    public long Id { get; init; }

    public long RateId { get; init; }

    public Stage Stage { get; init; }

    public bool? Boarding { get; init; }

    public decimal AmountPerTerm { get; init; }

    public decimal? PerDay { get; init; }

    public int? SchoolDaysPerTerm { get; init; }

    public bool Matches(Stage stage, bool boarding) => Stage == stage && (Boarding is null || Boarding == boarding);

    public string Describe() =>
        PerDay is { } perDay
            ? $"¥{perDay:0.00}/day × {SchoolDaysPerTerm} days ({Stage})"
            : $"¥{AmountPerTerm:0.00}/term ({Stage}{(Boarding is { } b ? b ? ", boarder" : ", non-boarder" : string.Empty)})";
}
