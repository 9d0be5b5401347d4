using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>An aid referral as the relief office sees it, the national ID masked as the caller may see it.</summary>
internal sealed record AidReferralResponse(
    Guid MeasureId, Guid CaseId, Guid StudentId, string NationalId, string StudentName, string TownshipCode, string? SchoolCode,
    string Review, IReadOnlyList<string> Reasons, string Description, string Responsible, DateOnly DueOn, DateTimeOffset ReferredAt)
{
    public static AidReferralResponse Of(AidReferral r, ICallerContext caller) => new(
        r.MeasureId, r.CaseId, r.StudentId, caller.CanSeeFullNationalIds ? r.NationalId : SharedKernel.Primitives.NationalId.Mask(r.NationalId), r.StudentName, r.TownshipCode, r.SchoolCode,
        r.Review, r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Description, r.Responsible, r.DueOn, r.ReferredAt);
}
