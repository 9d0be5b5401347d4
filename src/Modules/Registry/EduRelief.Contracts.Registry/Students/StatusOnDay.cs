namespace EduRelief.Contracts.Registry;

/// <summary>
/// A student's status on a day as the status history tells it: the last change effective by then, or, before any
/// change, the status the first one left; before enrolment a student has no status and matches none.
/// </summary>
public sealed record StatusOnDay
{
    public required StudentStatus Status { get; init; }

    public required DateOnly Day { get; init; }
}
