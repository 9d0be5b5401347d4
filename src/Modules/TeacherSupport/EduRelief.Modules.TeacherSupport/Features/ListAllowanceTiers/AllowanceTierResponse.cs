using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowanceTiers;

internal sealed record AllowanceTierResponse(SchoolLocation? Location, string? SchoolCode, DateOnly EffectiveFrom, DateOnly? EffectiveTo, decimal Monthly)
{
    public static IReadOnlyList<AllowanceTierResponse> All(IEnumerable<AllowanceTier> tiers) =>
        tiers.OrderBy(t => t.SchoolCode ?? string.Empty, StringComparer.Ordinal).ThenBy(t => t.Location).ThenBy(t => t.EffectiveFrom)
            .Select(t => new AllowanceTierResponse(t.Location, t.SchoolCode, t.EffectiveFrom, t.EffectiveTo, t.Monthly))
            .ToList();
}
