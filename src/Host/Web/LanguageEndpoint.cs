using EduRelief.Web.Navigation;

namespace EduRelief.Host.Web;

/// <summary>
/// The console's language switch: remembers the choice in a cookie the pages read (<see cref="Http.UserLanguageMiddleware"/>)
/// and goes back to the page. Chinese unless the user chose English.
/// </summary>
internal static class LanguageEndpoint
{
    public const string Cookie = ".EduRelief.Language";

    public static void MapLanguageSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/language/{tag}", (string tag, string? returnUrl, HttpContext http) =>
        {
            var english = string.Equals(tag, "en", StringComparison.OrdinalIgnoreCase);
            http.Response.Cookies.Append(Cookie, english ? "en" : "zh-CN", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(LocalReturnPath.Of(returnUrl));
        })
        .AllowAnonymous()
        .ExcludeFromDescription();

    public static bool? ChoiceOf(HttpRequest request) =>
        request.Cookies.TryGetValue(Cookie, out var value) ? string.Equals(value, "en", StringComparison.Ordinal) : null;
}
