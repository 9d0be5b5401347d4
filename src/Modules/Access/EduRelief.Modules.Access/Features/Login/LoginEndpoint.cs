using System.Globalization;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Auditing;
using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// Signs in with user name and password. Answers a bearer token (and refresh token), or with
/// <c>?useCookies=true</c> sets the cookie the web UI and the Hangfire dashboard use; either way a new sign-in
/// session that sign-out and a replayed refresh token end. A wrong password, an unknown user and a locked account
/// get the same answer in comparable time (an unknown name is checked against a dummy hash). Failures do not lock
/// the account: they slow further tries of that name and of the client's address (429 with Retry-After).
/// </summary>
internal sealed class LoginEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/login", async Task<IResult> (
            LoginRequest login,
            bool? useCookies,
            HttpContext http,
            SignInManager<AccessUser> signIn,
            SignInSessionStore sessions,
            SignInThrottle throttle,
            DummyPassword dummy,
            IAuditTrail audit,
            TimeProvider time) =>
        {
            signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            var userName = login.UserName?.Trim() ?? string.Empty;
            var password = login.Password ?? string.Empty;
            if (throttle.Admit(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", userName) is { } wait)
            {
                // Not audited: the throttle is what keeps a guesser from flooding the log.
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    title: new UserText("登录尝试过于频繁", "Too many sign-in attempts"),
                    detail: new UserText("请稍后再试。", "Wait a moment and try again."),
                    statusCode: StatusCodes.Status429TooManyRequests);
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
                return TypedResults.Problem(
                    title: new UserText("登录失败", "Sign-in refused"),
                    detail: new UserText("用户名或密码错误。", "The user name or password is wrong."),
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            throttle.Succeeded(userName);
            var session = await sessions.StartAsync(user!.Id, CancellationToken.None);
            await audit.RecordAsync(new AuditRecord(logged, time.GetUtcNow(), "Access", "Login", logged, AuditOutcome.Succeeded, null), CancellationToken.None);

            // The sign-in writes the token (or the cookie) to the response.
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, SessionSignIn.Claims(session.Id, session.RefreshTokenId));
            return TypedResults.Empty;
        })
        .AllowAnonymous()
        .WithName("Login")
        .WithSummary("Sign in: returns a bearer token and a refresh token");
}
