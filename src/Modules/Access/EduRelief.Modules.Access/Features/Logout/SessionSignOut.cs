using System.Security.Claims;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.Logout;

/// <summary>Ends the caller's sign-in on every Host — its bearer, refresh tokens and cookie with it — and audits it.</summary>
internal sealed class SessionSignOut(SignInSessionStore sessions, ICallerContext caller, IAuditTrail audit, TimeProvider time)
{
    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(SessionClaims.Session) is { } sessionId)
        {
            await sessions.RevokeAsync(sessionId, CancellationToken.None);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        await audit.RecordAsync(
            new AuditRecord(caller.UserName, time.GetUtcNow(), "Access", "Logout", caller.UserName, AuditOutcome.Succeeded, null), CancellationToken.None);
    }
}
