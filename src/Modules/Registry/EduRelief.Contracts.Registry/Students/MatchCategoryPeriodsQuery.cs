using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// The periods in which each of <see cref="StudentIds"/> held <see cref="Category"/>, read across the whole county
/// whatever the caller's scope, as <see cref="MatchStudentsQuery"/> is: for a module that keeps a copy of a student's
/// category to check it against the Registry (a category event it lost), not to show. Students without a period are
/// left out; the answer is in no particular order.
/// </summary>
public sealed record MatchCategoryPeriodsQuery : IQuery<IReadOnlyList<CategoryPeriodDto>>
{
    public required IReadOnlyList<Guid> StudentIds { get; init; }

    public required HardshipCategory Category { get; init; }
}
