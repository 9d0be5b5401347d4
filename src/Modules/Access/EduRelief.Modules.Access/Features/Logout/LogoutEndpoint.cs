using System.Security.Claims;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Logout;

/// <summary>Signs out: the caller's sign-in is revoked on every Host, its bearer, refresh tokens and cookie with it.</summary>
internal sealed class LogoutEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/logout", async Task<IResult> (HttpContext http, SignInSessionStore sessions, ICallerContext caller, IAuditTrail audit, TimeProvider time) =>
        {
            if (http.User.FindFirstValue(SessionClaims.Session) is { } sessionId)
            {
                await sessions.RevokeAsync(sessionId, CancellationToken.None);
            }

            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            await audit.RecordAsync(
                new AuditRecord(caller.UserName, time.GetUtcNow(), "Access", "Logout", caller.UserName, AuditOutcome.Succeeded, null), CancellationToken.None);
            return TypedResults.NoContent();
        })
        .WithName("Logout")
        .WithSummary("Sign out: this sign-in's tokens and cookie stop working");
}
