namespace EduRelief.Contracts.Registry;

/// <summary>
/// A student's enrolment and status history: the status now, and every change of it in order of the day it took effect
/// (from what to what). Between modules nothing is masked: mask the national ID before showing it.
/// </summary>
public sealed record StudentStatusHistoryDto
{
    public required Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required DateOnly EnrolledOn { get; init; }

    public required StudentStatus Status { get; init; }

    public required IReadOnlyList<StatusChangeDto> Changes { get; init; }
}
