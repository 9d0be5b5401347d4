using EduRelief.Modules.SpecialNeeds.Domain;

namespace EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;

/// <summary>
/// A plan needing attention: past its review date, or home-delivered with fewer visits in <see cref="Month"/> (last
/// month, <c>yyyy-MM</c>) than the county's minimum. The national ID is as the caller may see it.
/// </summary>
internal sealed record OverduePlan(
    Guid PlanId, Guid ChildId, string NationalId, string Name, string TownshipCode, string? SchoolCode, PlacementMode Mode, ReviewReason Reason,
    DateOnly ReviewOn, string? Month, int? Visits, int? Required)
{
    /// <summary>The flag's period: the review date passed, or the month short of visits.</summary>
    public string Period => Month ?? ReviewOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
