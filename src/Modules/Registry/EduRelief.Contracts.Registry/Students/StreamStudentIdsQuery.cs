using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>The ids of the students that match, within the caller's scope, read lazily: for counting a county's students against another module's records in flat memory.</summary>
public sealed record StreamStudentIdsQuery : IQuery<IAsyncEnumerable<Guid>>
{
    public StudentCriteria Criteria { get; init; } = new();
}
