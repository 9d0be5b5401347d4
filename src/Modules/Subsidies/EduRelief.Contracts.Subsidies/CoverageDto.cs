namespace EduRelief.Contracts.Subsidies;

public sealed record CoverageDto
{
    public required int Year { get; init; }

    public required ProgrammeCode Programme { get; init; }

    public required int Eligible { get; init; }

    public required int Paid { get; init; }

    /// <summary>Paid ÷ eligible as a fraction (1 when nobody was eligible).</summary>
    public required decimal Rate { get; init; }

    /// <summary>Every eligible student not paid in the year, by name.</summary>
    public required IReadOnlyList<UnpaidStudentDto> Unpaid { get; init; }
}
