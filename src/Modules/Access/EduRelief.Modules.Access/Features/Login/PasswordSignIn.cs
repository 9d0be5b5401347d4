using EduRelief.Modules.Access.Auditing;
using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// A sign-in with user name and password, for the API and the console's sign-in page alike. A wrong password, an
/// unknown user and a locked account end the same way in comparable time (an unknown name is checked against a
/// dummy hash). Failures do not lock the account: they slow further tries of that name and of the client's address.
/// Every attempt that is not throttled is audited; a success starts a sign-in session and writes the bearer token or
/// the cookie to the response.
/// </summary>
internal sealed class PasswordSignIn(
    SignInManager<AccessUser> signIn,
    SignInSessionStore sessions,
    SignInThrottle throttle,
    DummyPassword dummy,
    IAuditTrail audit,
    TimeProvider time)
{
    public async Task<SignInOutcome> SignInAsync(HttpContext http, string? typedUserName, string? typedPassword, bool useCookie)
    {
        signIn.AuthenticationScheme = useCookie ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var userName = typedUserName?.Trim() ?? string.Empty;
        var password = typedPassword ?? string.Empty;
        if (throttle.Admit(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", userName) is { } wait)
        {
            // Not audited: the throttle is what keeps a guesser from flooding the log.
            return SignInOutcome.Throttled(wait);
        }

        var user = userName.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(userName);
        bool passwordMatches;
        if (user is null)
        {
            dummy.Verify(password);
            passwordMatches = false;
        }
        else
        {
            passwordMatches = await signIn.UserManager.CheckPasswordAsync(user, password);
        }

        var lockedOut = user is not null && await signIn.UserManager.IsLockedOutAsync(user);
        var succeeded = passwordMatches && password.Length > 0 && !lockedOut && await signIn.CanSignInAsync(user!);

        // Identity matches names without regard to case; the log names the account, as typed names vary.
        var logged = user?.UserName ?? (userName.Length == 0 ? "anonymous" : AuditText.Clean(userName, AuditText.MaxUserName));
        if (!succeeded)
        {
            throttle.Failed(userName);
            var detail = lockedOut ? "locked out" : "wrong user name or password";
            await audit.RecordAsync(new AuditRecord(logged, time.GetUtcNow(), "Access", "Login", logged, AuditOutcome.Refused, detail), CancellationToken.None);
            return SignInOutcome.Refused;
        }

        throttle.Succeeded(userName);
        var session = await sessions.StartAsync(user!.Id, CancellationToken.None);
        await audit.RecordAsync(new AuditRecord(logged, time.GetUtcNow(), "Access", "Login", logged, AuditOutcome.Succeeded, null), CancellationToken.None);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, SessionSignIn.Claims(session.Id, session.RefreshTokenId));
        return SignInOutcome.Success;
    }
}
