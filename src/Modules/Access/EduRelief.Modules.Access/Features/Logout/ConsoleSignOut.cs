using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Logout;

/// <summary>
/// The console's sign-out button: a form post (antiforgery-checked, and same-origin by the Host's cross-site guard)
/// that ends the sign-in and goes to the sign-in page.
/// </summary>
internal static class ConsoleSignOut
{
    public static void MapConsoleSignOut(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (HttpContext http, SessionSignOut signOut, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            await signOut.SignOutAsync(http);
            return Results.LocalRedirect("/login");
        })
        .ExcludeFromDescription();
}
