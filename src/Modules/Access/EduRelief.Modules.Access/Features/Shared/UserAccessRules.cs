using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.Shared;

internal static class UserAccessRules
{
    private static readonly string[] Permissions = [EduReliefClaims.ViewFullNationalIds];

    public static void Check(UserAccessInput access, ValidationErrors errors)
    {
        var roles = access.Roles ?? [];
        if (roles.Count == 0)
        {
            errors.Add("roles", $"at least one role is required: {string.Join(", ", Roles.All)}");
        }

        foreach (var role in roles.Where(r => !Roles.All.Contains(r)))
        {
            errors.Add("roles", $"'{role}' is not one of: {string.Join(", ", Roles.All)}");
        }

        if (roles.Contains(Roles.TownshipOfficer) && (access.Townships ?? []).Count == 0)
        {
            errors.Add("townships", "a TownshipOfficer needs at least one township code");
        }

        if (roles.Contains(Roles.SchoolStaff) && (access.Schools ?? []).Count == 0)
        {
            errors.Add("schools", "a SchoolStaff user needs at least one school code");
        }

        if (roles.Contains(Roles.ModuleStaff) && (access.Modules ?? []).Count == 0)
        {
            errors.Add("modules", "a ModuleStaff user needs the module they work in, e.g. Subsidies");
        }

        foreach (var permission in (access.Permissions ?? []).Where(p => !Permissions.Contains(p)))
        {
            errors.Add("permissions", $"'{permission}' is not one of: {string.Join(", ", Permissions)}");
        }
    }
}
