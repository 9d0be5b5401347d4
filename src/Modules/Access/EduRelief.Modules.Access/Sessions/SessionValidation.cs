using System.Security.Claims;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Sessions;

/// <summary>
/// Every authenticated request, bearer token or cookie, on every Host: the token's user must still exist, be
/// unlocked and carry the security stamp the token was issued with (any change to roles, scope, permissions or
/// lock-out changes it), and its sign-in must not be revoked (signed out, or a refresh token replayed). Otherwise
/// authentication fails and the request is answered 401. What it reads is at most
/// <see cref="SignInLimits.StateCacheFor"/> old (<see cref="SessionStates"/>).
/// </summary>
internal sealed class SessionValidation(SessionStates states, TimeProvider time, IOptions<IdentityOptions> identity) : ISignInCheck
{
    private const string Refusal = "The sign-in is no longer valid (user gone, changed, locked out, or signed out).";

    public async ValueTask<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        var sessionId = principal.FindFirstValue(SessionClaims.Session);
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (sessionId is null || userId is null || stamp is null)
        {
            return false;
        }

        var state = await states.GetAsync(sessionId, cancellationToken);
        return state is { Revoked: false }
            && state.UserId == userId
            && state.SecurityStamp == stamp
            && !(state.LockoutEnd is { } end && end > time.GetUtcNow());
    }

    /// <summary>Hooks the check into the bearer handler (before it trusts a token) and the cookie handler.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<SessionValidation>();
        services.AddSingleton<ISignInCheck>(sp => sp.GetRequiredService<SessionValidation>());
        services.PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer =>
        {
            var received = bearer.Events.OnMessageReceived;
            bearer.Events.OnMessageReceived = async context =>
            {
                await received(context);
                if (context.Result is not null)
                {
                    return;
                }

                var token = context.Token ?? BearerOf(context.Request);
                var ticket = token is null ? null : context.Options.BearerTokenProtector.Unprotect(token);
                var timeProvider = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (ticket?.Properties.ExpiresUtc is not { } expires || timeProvider.GetUtcNow() >= expires)
                {
                    // Unreadable or expired: the handler refuses it as it always has.
                    return;
                }

                if (await context.HttpContext.RequestServices.GetRequiredService<SessionValidation>().IsValidAsync(ticket.Principal, context.HttpContext.RequestAborted))
                {
                    context.Principal = ticket.Principal;
                    context.Properties = ticket.Properties;
                    context.Success();
                }
                else
                {
                    context.Fail(Refusal);
                }
            };
        });
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var validate = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                await validate(context);
                if (context.Principal is { } principal
                    && !await context.HttpContext.RequestServices.GetRequiredService<SessionValidation>().IsValidAsync(principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                }
            };
        });
    }

    private static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
    }
}
