using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.Shared;

internal static class UserResponses
{
    public static async Task<UserResponse> ToResponseAsync(this UserManager<AccessUser> users, AccessUser user, DateTimeOffset now)
    {
        var claims = await users.GetClaimsAsync(user);
        IReadOnlyList<string> Of(string type) => claims.Where(c => c.Type == type).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        return new UserResponse(
            user.UserName!,
            (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(),
            Of(EduReliefClaims.Township),
            Of(EduReliefClaims.School),
            Of(EduReliefClaims.Module),
            Of(EduReliefClaims.Permission),
            user.LockoutEnd is { } end && end > now);
    }
}
