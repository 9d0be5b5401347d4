using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// Adds an entry (aid paid, placement, case, enrolment …) to a student's file (一生一档).
/// Idempotent per (<see cref="SourceModule"/>, <see cref="SourceReference"/>): sending it again changes nothing.
/// Send it through your module's outbox so it is never lost.
/// </summary>
public sealed record AppendStudentFileEntryCommand : ICommand<AppendStudentFileEntryResult>
{
    public required Guid StudentId { get; init; }

    public required string SourceModule { get; init; }

    public required string SourceReference { get; init; }

    /// <summary>What kind of entry: <c>AidPaid</c>, <c>Placement</c>, <c>DropoutCase</c>, <c>VocationalEnrolment</c> …</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required DateOnly OccurredOn { get; init; }

    /// <summary>Money in yuan, when the entry is about money.</summary>
    public decimal? Amount { get; init; }

    public string? Details { get; init; }
}
