using System.Globalization;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// Signs in with user name and password (<see cref="PasswordSignIn"/>). Answers a bearer token (and refresh token),
/// or with <c>?useCookies=true</c> sets the cookie the web console and the Hangfire dashboard use; either way a new
/// sign-in session that sign-out and a replayed refresh token end. Throttled attempts get 429 with Retry-After.
/// </summary>
internal sealed class LoginEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/login", async Task<IResult> (LoginRequest login, bool? useCookies, HttpContext http, PasswordSignIn signIn) =>
        {
            var outcome = await signIn.SignInAsync(http, login.UserName, login.Password, useCookies == true);
            if (outcome.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    title: new UserText("登录尝试过于频繁", "Too many sign-in attempts"),
                    detail: new UserText("请稍后再试。", "Wait a moment and try again."),
                    statusCode: StatusCodes.Status429TooManyRequests);
            }

            // On success the sign-in has written the token (or the cookie) to the response.
            return outcome.SignedIn
                ? TypedResults.Empty
                : TypedResults.Problem(
                    title: new UserText("登录失败", "Sign-in refused"),
                    detail: new UserText("用户名或密码错误。", "The user name or password is wrong."),
                    statusCode: StatusCodes.Status401Unauthorized);
        })
        .AllowAnonymous()
        .WithName("Login")
        .WithSummary("Sign in: returns a bearer token and a refresh token");
}
