namespace EduRelief.Host.Demo.County;

/// <summary>
/// A pupil who dropped out during the demo year (the Registry's status from <see cref="DroppedOn"/>), the case opened
/// for them, how they were persuaded, and the day they were back at school — in the year, or for those found late,
/// in January of the next.
/// </summary>
internal sealed record PlannedDropout(
    PlannedStudent Student,
    DateOnly DroppedOn,
    DateOnly DetectedOn,
    string DetectedBy,
    IReadOnlyList<string> Reasons,
    CaseOwners Owners,
    IReadOnlyList<PlannedAttempt> Attempts,
    (DateOnly IssuedOn, DateOnly ReturnBy)? Notice,
    DateOnly ReturnedOn);
