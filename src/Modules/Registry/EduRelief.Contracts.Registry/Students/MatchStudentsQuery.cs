using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// Which of <see cref="NationalIds"/> are registered students, with the facts another module checks or matches its own
/// records by, read across the whole county whatever the caller's scope: a child a township keeps on its own register
/// may attend a school beyond it, and is a student all the same. For checking and matching only — what a module
/// shows of a student it reads from the scoped queries (<see cref="GetStudentQuery"/>, <see cref="FindStudentsQuery"/>,
/// <see cref="StreamStudentsQuery"/>). Unknown IDs are left out; the answer is in no particular order.
/// </summary>
public sealed record MatchStudentsQuery : IQuery<IReadOnlyList<StudentFactsDto>>
{
    public required IReadOnlyList<string> NationalIds { get; init; }
}
