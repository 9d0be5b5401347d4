using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>
/// Assessment results are private (DOMAIN.md): only the module's own staff, county officers and auditors read them;
/// everyone else who may read the register sees that an assessment exists, and its id.
/// </summary>
internal static class AssessmentPrivacy
{
    public static bool MayReadAssessments(this ICallerContext caller) =>
        caller.Roles.Contains(Roles.CountyOfficer)
        || caller.Roles.Contains(Roles.Auditor)
        || (caller.Roles.Contains(Roles.ModuleStaff) && caller.CanWrite(SpecialNeedsModule.ModuleName));
}
