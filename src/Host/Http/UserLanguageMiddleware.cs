using EduRelief.SharedKernel.Localization;
using Microsoft.Net.Http.Headers;

namespace EduRelief.Host.Http;

/// <summary>Speaks the caller's language for the whole request (problems, import reports) and says so in <c>Content-Language</c>.</summary>
internal static class UserLanguageMiddleware
{
    public static IApplicationBuilder UseUserLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var accepted = context.Request.GetTypedHeaders().AcceptLanguage
                .Select(value => (value.Value.Value ?? string.Empty, value.Quality ?? 1.0));
            using (UserLanguage.Use(UserLanguage.PrefersEnglish(accepted)))
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
