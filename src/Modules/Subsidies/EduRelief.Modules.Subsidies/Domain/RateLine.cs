using System.Globalization;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Catalogue;
using EduRelief.SharedKernel.Localization;

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

    public UserText Describe() =>
        PerDay is { } perDay
            ? new(
                string.Create(CultureInfo.InvariantCulture, $"每天 ¥{perDay:0.00} × {SchoolDaysPerTerm} 天（{StageNames.Chinese(Stage)}）"),
                string.Create(CultureInfo.InvariantCulture, $"¥{perDay:0.00}/day × {SchoolDaysPerTerm} days ({Stage})"))
            : new(
                string.Create(CultureInfo.InvariantCulture, $"每学期 ¥{AmountPerTerm:0.00}（{StageNames.Chinese(Stage)}{(Boarding is { } b ? b ? "，寄宿生" : "，非寄宿生" : string.Empty)}）"),
                string.Create(CultureInfo.InvariantCulture, $"¥{AmountPerTerm:0.00}/term ({Stage}{(Boarding is { } b2 ? b2 ? ", boarder" : ", non-boarder" : string.Empty)})"));
}
