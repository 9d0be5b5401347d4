using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// Every matching student, read lazily in keyset pages so a caller can walk 100,000 students in flat memory.
/// Enumerate it within the scope that sent the query.
/// </summary>
public sealed record StreamStudentsQuery : IQuery<IAsyncEnumerable<StudentDto>>
{
    public StudentCriteria Criteria { get; init; } = new();
}
