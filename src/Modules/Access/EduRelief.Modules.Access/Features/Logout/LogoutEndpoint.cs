using EduRelief.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Logout;

/// <summary>Signs out: the caller's sign-in is revoked on every Host, its bearer, refresh tokens and cookie with it.</summary>
internal sealed class LogoutEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/logout", async Task<IResult> (HttpContext http, SessionSignOut signOut) =>
        {
            await signOut.SignOutAsync(http);
            return TypedResults.NoContent();
        })
        .WithName("Logout")
        .WithSummary("Sign out: this sign-in's tokens and cookie stop working");
}
