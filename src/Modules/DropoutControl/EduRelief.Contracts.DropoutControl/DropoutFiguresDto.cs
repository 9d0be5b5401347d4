namespace EduRelief.Contracts.DropoutControl;

/// <summary>
/// A year's figures (DOMAIN.md, Figures). <see cref="PersuadedReturns"/>: cases closed as Returned in the year;
/// <see cref="OpenConfirmed"/>: cases confirmed and not yet returned or closed on <see cref="CountedOn"/>;
/// <see cref="ConsolidationRate"/> is 1 − <see cref="DroppedNotReturned"/> ÷ <see cref="EnrolledAtStart"/>, null when no
/// compulsory student was enrolled on 1 January.
/// </summary>
public sealed record DropoutFiguresDto
{
    public required int Year { get; init; }

    public required DateOnly CountedOn { get; init; }

    public required int PersuadedReturns { get; init; }

    public required int OpenConfirmed { get; init; }

    public required int EnrolledAtStart { get; init; }

    public required int DroppedNotReturned { get; init; }

    public required decimal? ConsolidationRate { get; init; }
}
