namespace EduRelief.Contracts.Reporting;

/// <summary>One township's figures: the same keys as the county's, counted from that township's records only.</summary>
public sealed record TownshipSummaryDto
{
    public required string TownshipCode { get; init; }

    public required string TownshipName { get; init; }

    public required IReadOnlyList<SummaryFigureDto> Figures { get; init; }
}
