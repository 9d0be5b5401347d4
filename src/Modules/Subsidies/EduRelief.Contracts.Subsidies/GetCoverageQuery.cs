using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Subsidies;

/// <summary>
/// Who was eligible for a programme in a year and who was paid: eligible students are those the programme's rule
/// selects in either term of the year; paid are those with a paid award in the year.
/// </summary>
public sealed record GetCoverageQuery : IQuery<CoverageDto>
{
    public required int Year { get; init; }

    public required ProgrammeCode Programme { get; init; }
}
