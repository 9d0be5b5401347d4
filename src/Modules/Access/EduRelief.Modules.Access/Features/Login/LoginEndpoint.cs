using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// Signs in with user name and password. Answers a bearer token (and refresh token), or with
/// <c>?useCookies=true</c> sets the cookie the web UI and the Hangfire dashboard use. A wrong password and an
/// unknown user get the same answer. Five failures lock the account for 15 minutes.
/// </summary>
internal sealed class LoginEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/login", async Task<IResult> (LoginRequest login, bool? useCookies, SignInManager<AccessUser> signIn, IAuditTrail audit, TimeProvider time) =>
        {
            signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            var userName = login.UserName?.Trim() ?? string.Empty;
            var result = userName.Length == 0 || string.IsNullOrEmpty(login.Password)
                ? SignInResult.Failed
                : await signIn.PasswordSignInAsync(userName, login.Password, isPersistent: false, lockoutOnFailure: true);
            // Identity matches names without regard to case; the log names the account, as typed names vary.
            var account = userName.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(userName);
            var logged = account?.UserName ?? (userName.Length == 0 ? "anonymous" : userName);
            var outcome = result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Refused;
            var detail = result.IsLockedOut ? "locked out" : result.Succeeded ? null : "wrong user name or password";
            await audit.RecordAsync(new AuditRecord(logged, time.GetUtcNow(), "Access", "Login", logged, outcome, detail), CancellationToken.None);
            if (result.Succeeded)
            {
                // The sign-in has already written the token (or the cookie) to the response.
                return TypedResults.Empty;
            }

            return TypedResults.Problem(
                title: new UserText("登录失败", "Sign-in refused"),
                detail: result.IsLockedOut
                    ? new UserText("该账户因多次登录失败已被锁定，请 15 分钟后再试或联系管理员。", "This account is locked after repeated failures; try again in 15 minutes or ask an administrator.")
                    : new UserText("用户名或密码错误。", "The user name or password is wrong."),
                statusCode: StatusCodes.Status401Unauthorized);
        })
        .AllowAnonymous()
        .WithName("Login")
        .WithSummary("Sign in: returns a bearer token and a refresh token");
}
