namespace EduRelief.Contracts.Reporting;

/// <summary>The year's work summary: every figure key in API.md, in the document's section order.</summary>
public sealed record SummaryDto
{
    public required int Year { get; init; }

    /// <summary>The day the counts stand on: 31 December of the year, or today while the year runs.</summary>
    public required DateOnly CountedOn { get; init; }

    public required IReadOnlyList<SummaryFigureDto> Figures { get; init; }

    /// <summary>Each township of the caller's scope, when asked for <c>by=township</c>; otherwise null.</summary>
    public IReadOnlyList<TownshipSummaryDto>? Townships { get; init; }

    /// <summary>Each school of the caller's scope, when asked for <c>by=school</c>; otherwise null.</summary>
    public IReadOnlyList<SchoolSummaryDto>? Schools { get; init; }
}
