using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

/// <summary>A home-teaching referral as the special-education staff see it, the national ID masked as the caller may see it.</summary>
internal sealed record HomeTeachingReferralResponse(
    Guid MeasureId, Guid CaseId, Guid StudentId, string NationalId, string StudentName, string TownshipCode, string? SchoolCode,
    IReadOnlyList<string> Reasons, string Description, string Responsible, DateOnly DueOn, DateTimeOffset ReferredAt)
{
    public static HomeTeachingReferralResponse Of(HomeTeachingReferral r, ICallerContext caller) => new(
        r.MeasureId, r.CaseId, r.StudentId, caller.Shown(r.NationalId), r.StudentName, r.TownshipCode, r.SchoolCode,
        r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Description, r.Responsible, r.DueOn, r.ReferredAt);
}
