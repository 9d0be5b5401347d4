using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.Shared;

internal static class UserAccessRules
{
    public static void Check(UserAccessInput access, IModuleDirectory modules, ValidationErrors errors)
    {
        var roles = access.Roles ?? [];
        if (roles.Count == 0)
        {
            errors.Add("roles", new UserText($"至少需要一个角色：{AllRoles()}", $"at least one role is required: {AllRoles()}"));
        }

        foreach (var role in roles.Where(r => !Roles.All.Contains(r)))
        {
            errors.Add("roles", new UserText($"'{role}' 不是有效值，可选：{AllRoles()}", $"'{role}' is not one of: {AllRoles()}"));
        }

        // County IT sees no student data: an administrator who also held a data role would read what they administer.
        if (roles.Contains(Roles.Admin) && roles.Any(r => r != Roles.Admin))
        {
            errors.Add("roles", new UserText("Admin 不能与其他角色同时授予（职责分离）", "Admin cannot be combined with any other role (separation of duties)"));
        }

        if (roles.Contains(Roles.TownshipOfficer) && (access.Townships ?? []).Count == 0)
        {
            errors.Add("townships", new UserText("TownshipOfficer 至少需要一个乡镇代码", "a TownshipOfficer needs at least one township code"));
        }

        if (roles.Contains(Roles.SchoolStaff) && (access.Schools ?? []).Count == 0)
        {
            errors.Add("schools", new UserText("SchoolStaff 用户至少需要一个学校代码", "a SchoolStaff user needs at least one school code"));
        }

        if (roles.Contains(Roles.ModuleStaff) && (access.Modules ?? []).Count == 0)
        {
            errors.Add("modules", new UserText("ModuleStaff 用户须指定所在模块，例如 Subsidies", "a ModuleStaff user needs the module they work in, e.g. Subsidies"));
        }

        foreach (var module in (access.Modules ?? []).Where(m => !modules.Names.Contains(m.Trim(), StringComparer.Ordinal)))
        {
            var known = string.Join(", ", modules.Names);
            errors.Add("modules", new UserText($"没有名为 '{module}' 的模块，可选：{known}", $"there is no module '{module}'; modules: {known}"));
        }

        foreach (var permission in (access.Permissions ?? []).Where(p => !EduReliefClaims.Permissions.Contains(p)))
        {
            var allowed = string.Join(", ", EduReliefClaims.Permissions);
            errors.Add("permissions", new UserText($"'{permission}' 不是有效值，可选：{allowed}", $"'{permission}' is not one of: {allowed}"));
        }
    }

    private static string AllRoles() => string.Join(", ", Roles.All);
}
