namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>
/// A plan the plan-review job found needing attention, once per plan, reason and period (the review date, or the
/// month short of visits), under a unique index: a second run, or two at once, flags nothing twice.
/// </summary>
internal sealed class ReviewFlag
{
    public long Id { get; init; }

    public Guid PlanId { get; init; }

    public ReviewReason Reason { get; init; }

    /// <summary><c>yyyy-MM-dd</c> of the review date passed, or <c>yyyy-MM</c> of the month short of visits.</summary>
    public required string Period { get; init; }

    public DateOnly FlaggedOn { get; init; }
}
