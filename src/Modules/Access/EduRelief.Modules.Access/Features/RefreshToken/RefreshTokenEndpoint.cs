using System.Security.Claims;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Features.RefreshToken;

/// <summary>
/// Trades a refresh token for a new token pair, once: the token spent is dead from then on. A token presented a
/// second time means someone holds a copy, so the whole sign-in is revoked and its access tokens stop working too.
/// A user who is gone, changed or locked out since cannot refresh.
/// </summary>
internal sealed class RefreshTokenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/refresh", async Task<IResult> (
            RefreshRequest request,
            SignInManager<AccessUser> signIn,
            SignInSessionStore sessions,
            IOptionsMonitor<BearerTokenOptions> bearer,
            IAuditTrail audit,
            TimeProvider time) =>
        {
            var ticket = string.IsNullOrEmpty(request.RefreshToken)
                ? null
                : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires)
            {
                return Refused();
            }

            var userName = ticket.Principal.Identity?.Name ?? "unknown";
            var sessionId = ticket.Principal.FindFirstValue(SessionClaims.Session);
            var tokenId = ticket.Principal.FindFirstValue(SessionClaims.RefreshToken);
            if (sessionId is null || tokenId is null)
            {
                await RecordAsync(userName, AuditOutcome.Refused, "a refresh token from no sign-in");
                return Refused();
            }

            if (await sessions.RotateAsync(sessionId, tokenId, CancellationToken.None) is not { } next)
            {
                var revoked = await sessions.RevokeAsync(sessionId, CancellationToken.None);
                await RecordAsync(userName, AuditOutcome.Refused, revoked ? "refresh token used twice: the sign-in is revoked" : "the sign-in had ended");
                return Refused();
            }

            if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || await signIn.UserManager.IsLockedOutAsync(user))
            {
                await sessions.RevokeAsync(sessionId, CancellationToken.None);
                await RecordAsync(userName, AuditOutcome.Refused, "the user is gone, locked out or changed since sign-in");
                return Refused();
            }

            var principal = await signIn.CreateUserPrincipalAsync(user);
            ((ClaimsIdentity)principal.Identity!).AddClaims(SessionSignIn.Claims(sessionId, next));
            await RecordAsync(user.UserName!, AuditOutcome.Succeeded, null);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);

            Task RecordAsync(string who, AuditOutcome outcome, string? detail) =>
                audit.RecordAsync(new AuditRecord(who, time.GetUtcNow(), "Access", "RefreshToken", who, outcome, detail), CancellationToken.None);
        })
        .AllowAnonymous()
        .WithName("RefreshToken")
        .WithSummary("Exchange a refresh token for a new token pair (once; a reused one ends the sign-in)");

    private static ProblemHttpResult Refused() => TypedResults.Problem(
        title: new UserText("刷新令牌被拒绝", "Refresh refused"),
        detail: new UserText("刷新令牌已失效，请重新登录。", "The refresh token is not valid any more; sign in again."),
        statusCode: StatusCodes.Status401Unauthorized);
}
