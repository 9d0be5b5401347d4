using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// Every matching student enrolled by <see cref="EnrolledBy"/>, each with all its status changes (effective-dated), read
/// lazily in keyset pages so a caller can walk 100,000 students in flat memory: what a status on any day is computed from.
/// Within the caller's scope; enumerate it within the scope that sent the query.
/// </summary>
public sealed record StreamStatusHistoriesQuery : IQuery<IAsyncEnumerable<StudentStatusHistoryDto>>
{
    public StudentCriteria Criteria { get; init; } = new();

    public required DateOnly EnrolledBy { get; init; }
}
