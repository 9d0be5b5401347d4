namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>A vocational route as the school's staff see it, the national ID masked as the caller may see it.</summary>
internal sealed record RouteReferralResponse(
    Guid MeasureId, Guid CaseId, Guid StudentId, string NationalId, string StudentName, string TownshipCode, string? SchoolCode,
    IReadOnlyList<string> Reasons, string Description, string Responsible, DateOnly DueOn, DateTimeOffset ReferredAt);
