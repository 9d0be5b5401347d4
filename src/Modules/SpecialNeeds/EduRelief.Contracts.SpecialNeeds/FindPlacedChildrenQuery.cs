using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>
/// Which of these national IDs belong to children on the register with a plan in a school mode (regular class,
/// special school or home-delivered teaching) in force on <see cref="On"/>: the others, disabled or not on the register,
/// have no school placement. Asked in batches (a page of a stream), so a caller walking the county keeps flat memory.
/// Within the caller's scope; the IDs answered are full, as every contract between modules.
/// </summary>
public sealed record FindPlacedChildrenQuery : IQuery<IReadOnlyList<string>>
{
    public required IReadOnlyList<string> NationalIds { get; init; }

    public required DateOnly On { get; init; }
}
