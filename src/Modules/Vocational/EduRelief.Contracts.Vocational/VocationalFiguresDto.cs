namespace EduRelief.Contracts.Vocational;

/// <summary>
/// A year's figures: enrolments dated in the year of students of a registered poor household (on some day from
/// enrolment to the year's end), places employers committed to hire in the year's order-based classes, graduates of
/// the year, of them employed (by the ordering employer or elsewhere, as last recorded), the employment rate
/// (employed ÷ the year's graduates with a recorded outcome; null when none has one), adult trainees of courses
/// starting in the year and the certificates they gained. Each is counted from records reachable by a list query.
/// </summary>
public sealed record VocationalFiguresDto
{
    public required int Year { get; init; }

    public required int PoorEnrolments { get; init; }

    public required int OrderPlaces { get; init; }

    public required int Graduates { get; init; }

    public required int GraduatesWithOutcome { get; init; }

    public required int Employed { get; init; }

    public required int EmployedByOrderingEmployer { get; init; }

    public required decimal? EmploymentRate { get; init; }

    public required int AdultTrainees { get; init; }

    public required int Certificates { get; init; }
}
