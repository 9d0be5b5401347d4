namespace EduRelief.Contracts.Reporting;

/// <summary>
/// One figure. <see cref="Value"/> is null when the figure is <see cref="Available"/> = false (its module is switched
/// off or the caller may not read it; <see cref="Unavailable"/> says which) or when a rate has no denominator.
/// Rates are fractions (0.998); money is yuan.
/// </summary>
public sealed record SummaryFigureDto
{
    public required string Key { get; init; }

    public required string Section { get; init; }

    /// <summary>The label in Chinese (the county's language).</summary>
    public required string Label { get; init; }

    public required string LabelEn { get; init; }

    public required decimal? Value { get; init; }

    /// <summary><c>persons</c>, <c>personTimes</c>, <c>yuan</c>, <c>schools</c>, <c>seats</c>, <c>squareMetres</c>, <c>classrooms</c>, <c>activities</c>, <c>homes</c>, <c>copies</c> or <c>fraction</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>The module the figure is counted in.</summary>
    public required string Module { get; init; }

    public required bool Available { get; init; }

    /// <summary>Why the figure is not there, in the caller's language; null when it is.</summary>
    public string? Unavailable { get; init; }
}
