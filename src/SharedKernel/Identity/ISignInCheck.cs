using System.Security.Claims;

namespace EduRelief.SharedKernel.Identity;

/// <summary>Whether a signed-in principal's sign-in still holds (user there, unchanged, unlocked, not signed out).</summary>
public interface ISignInCheck
{
    ValueTask<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}
