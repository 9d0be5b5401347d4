using System.Security.Claims;
using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.Shared;

/// <summary>
/// Makes a user's roles and scope claims exactly what was asked. The security stamp changes, so every token and
/// cookie issued before is refused from the user's next request on (SessionValidation), and none can be refreshed.
/// </summary>
internal static class UserAccessWriter
{
    private static readonly string[] ScopeClaimTypes = [EduReliefClaims.Township, EduReliefClaims.School, EduReliefClaims.Module, EduReliefClaims.Permission];

    public static async Task ApplyAsync(UserManager<AccessUser> users, AccessUser user, UserAccessInput access)
    {
        var currentRoles = await users.GetRolesAsync(user);
        (await users.RemoveFromRolesAsync(user, currentRoles)).Ensure();
        (await users.AddToRolesAsync(user, (access.Roles ?? []).Distinct())).Ensure();

        var currentClaims = (await users.GetClaimsAsync(user)).Where(c => ScopeClaimTypes.Contains(c.Type)).ToList();
        (await users.RemoveClaimsAsync(user, currentClaims)).Ensure();
        var claims = Claims(EduReliefClaims.Township, access.Townships)
            .Concat(Claims(EduReliefClaims.School, access.Schools))
            .Concat(Claims(EduReliefClaims.Module, access.Modules))
            .Concat(Claims(EduReliefClaims.Permission, access.Permissions))
            .ToList();
        (await users.AddClaimsAsync(user, claims)).Ensure();
        (await users.UpdateSecurityStampAsync(user)).Ensure();
    }

    private static IEnumerable<Claim> Claims(string type, IReadOnlyList<string>? values) =>
        UserAccessInput.Stored(values).Select(v => new Claim(type, v));
}
