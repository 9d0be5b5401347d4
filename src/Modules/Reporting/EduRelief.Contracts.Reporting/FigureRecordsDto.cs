using EduRelief.SharedKernel.Figures;

namespace EduRelief.Contracts.Reporting;

/// <summary>One figure as the summary shows it, and every record it counts (<see cref="Records"/>'s tally says how they make <see cref="Value"/>).</summary>
public sealed record FigureRecordsDto
{
    public required string Key { get; init; }

    public required int Year { get; init; }

    public required string Label { get; init; }

    public required string LabelEn { get; init; }

    public required string Unit { get; init; }

    public required string Module { get; init; }

    public required decimal? Value { get; init; }

    public required FigureRecords Records { get; init; }
}
