using System.Globalization;
using EduRelief.Host.Web;
using EduRelief.SharedKernel.Localization;
using Microsoft.Net.Http.Headers;

namespace EduRelief.Host.Http;

/// <summary>
/// Speaks the caller's language for the whole request (problems, import reports) and says so in <c>Content-Language</c>.
/// The API follows <c>Accept-Language</c>; the web console speaks Chinese unless its user switched it to English
/// (a cookie), whatever the browser asks, and formats dates and numbers in that culture.
/// </summary>
internal static class UserLanguageMiddleware
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IApplicationBuilder UseUserLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var console = !context.Request.Path.StartsWithSegments("/api");
            var english = console
                ? LanguageEndpoint.ChoiceOf(context.Request) ?? false
                : UserLanguage.PrefersEnglish(context.Request.GetTypedHeaders().AcceptLanguage
                    .Select(value => (value.Value.Value ?? string.Empty, value.Quality ?? 1.0)));
            if (console)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = english ? English : Chinese;
            }

            using (UserLanguage.Use(english))
            {
                var tag = UserLanguage.Tag;
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[HeaderNames.ContentLanguage] = tag;
                    return Task.CompletedTask;
                });
                await next(context);
            }
        });
}
