using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>A vocational route as the school's staff see it, the national ID masked as the caller may see it.</summary>
internal sealed record RouteReferralResponse(
    Guid MeasureId, Guid CaseId, Guid StudentId, string NationalId, string StudentName, string TownshipCode, string? SchoolCode,
    IReadOnlyList<string> Reasons, string Description, string Responsible, DateOnly DueOn, DateTimeOffset ReferredAt)
{
    public static RouteReferralResponse Of(RouteReferral r, ICallerContext caller) => new(
        r.MeasureId, r.CaseId, r.StudentId, caller.Shown(r.NationalId), r.StudentName, r.TownshipCode, r.SchoolCode,
        r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Description, r.Responsible, r.DueOn, r.ReferredAt);
}
