using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.Shared;

internal static class IdentityResults
{
    /// <summary>Identity's store refusing a change the rules already allowed is a fault, not a user's error.</summary>
    public static void Ensure(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
