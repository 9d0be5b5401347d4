namespace EduRelief.Contracts.TeacherSupport;

/// <summary>
/// A year's figures: hires dated in the year (of them, those to rural or remote schools), person-times of the courses
/// starting in the year (distinct teacher and course), pairing activities held in the year (in all and per pair), and
/// the allowance of the year's approved rolls, in yuan. Each is counted from records reachable by a list query.
/// </summary>
public sealed record TeacherFiguresDto
{
    public required int Year { get; init; }

    public required int TeachersRecruited { get; init; }

    public required int RuralTeachersRecruited { get; init; }

    public required int TrainingPersonTimes { get; init; }

    public required int PairingActivities { get; init; }

    public required decimal AllowancePaid { get; init; }

    public required IReadOnlyList<PairingActivitiesDto> ActivitiesByPairing { get; init; }
}
