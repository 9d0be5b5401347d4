namespace EduRelief.Contracts.Reporting;

/// <summary>One school's figures: the same keys as the county's, counted from that school's records only (a record kept by township, such as outreach, is at no school).</summary>
public sealed record SchoolSummaryDto
{
    public required string SchoolCode { get; init; }

    public required string SchoolName { get; init; }

    public required string TownshipCode { get; init; }

    public required IReadOnlyList<SummaryFigureDto> Figures { get; init; }
}
