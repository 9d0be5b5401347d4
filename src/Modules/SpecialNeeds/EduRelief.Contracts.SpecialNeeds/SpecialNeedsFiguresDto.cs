namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>
/// A year's figures. School age is 6–15 on 1 September of the year (the school year it starts); a placement counts
/// when its plan is in force on <see cref="CountedOn"/> (31 December of the year, or today while the year runs).
/// <see cref="EnrolmentRate"/> is <see cref="Placed"/> ÷ <see cref="SchoolAgeDisabled"/> (DOMAIN.md), null when no
/// child is of school age; <see cref="Unplaced"/> names the children the rate leaves out.
/// </summary>
public sealed record SpecialNeedsFiguresDto
{
    public required int Year { get; init; }

    public required DateOnly CountedOn { get; init; }

    public required int SchoolAgeDisabled { get; init; }

    public required int Placed { get; init; }

    public required decimal? EnrolmentRate { get; init; }

    public required IReadOnlyList<UnplacedChildDto> Unplaced { get; init; }

    /// <summary>School-age children by the mode of the plan in force, every mode named (zero included); children with no plan are <c>None</c>.</summary>
    public required IReadOnlyDictionary<string, int> ByMode { get; init; }

    /// <summary>Left-behind children homes open at the end of the year.</summary>
    public required int Homes { get; init; }

    public required int CounsellingSessions { get; init; }

    /// <summary>Distinct children who took part in any home activity dated in the year.</summary>
    public required int ChildrenReached { get; init; }
}
