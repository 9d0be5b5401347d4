using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>A placement plan with the child's (masked) national ID and name; <see cref="Current"/> while no plan replaces it.</summary>
internal sealed record PlanResponse(
    Guid Id,
    Guid ChildId,
    string NationalId,
    string Name,
    PlacementMode Mode,
    string? SchoolCode,
    string TownshipCode,
    string Teacher,
    string Goals,
    DateOnly StartsOn,
    DateOnly ReviewOn,
    DateOnly? GuardianConsentOn,
    Guid? AssessmentId,
    Guid? ReplacesPlanId,
    DateOnly? EndsOn,
    bool Current)
{
    public static PlanResponse Of(PlacementPlan p, DisabledChild child, ICallerContext caller) => new(
        p.Id, p.ChildId, caller.Shown(child.NationalId), child.Name, p.Mode, p.SchoolCode, p.TownshipCode, p.Teacher, p.Goals, p.StartsOn, p.ReviewOn,
        p.GuardianConsentOn, p.AssessmentId, p.ReplacesPlanId, p.EndsOn, p.EndsOn is null);
}
