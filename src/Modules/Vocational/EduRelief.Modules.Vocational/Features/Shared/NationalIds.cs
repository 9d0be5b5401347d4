using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>A national ID as the caller may see it: in full, or masked as the Registry masks it.</summary>
internal static class NationalIds
{
    public static string Shown(this ICallerContext caller, string nationalId) =>
        caller.CanSeeFullNationalIds ? nationalId : SharedKernel.Primitives.NationalId.Mask(nationalId);
}
