using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// The school changes (转学) of these students effective on or after <see cref="Since"/>, from each student's change
/// history, oldest first. Asked in batches (a page of a stream), so a caller walking the county keeps flat memory.
/// Within the caller's scope.
/// </summary>
public sealed record FindSchoolChangesQuery : IQuery<IReadOnlyList<SchoolChangeDto>>
{
    public required IReadOnlyList<Guid> StudentIds { get; init; }

    public required DateOnly Since { get; init; }
}
