using Microsoft.Net.Http.Headers;

namespace EduRelief.Host.Http;

/// <summary>
/// Headers every response carries: no sniffing, no framing, no referrer to other sites, and no caching of anything
/// (the API and the dashboard both carry personal data). The dashboard runs Hangfire's own scripts and inline
/// styles, so its policy allows scripts from this origin (and Hangfire's inline ones) and nothing from elsewhere.
/// </summary>
internal static class SecurityHeadersMiddleware
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string dashboardPath) =>
        app.Use(async (context, next) =>
        {
            // Decided now: the dashboard moves its prefix into PathBase while it answers.
            var policy = context.Request.Path.StartsWithSegments(dashboardPath) ? PagePolicy : ApiPolicy;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers[HeaderNames.ContentSecurityPolicy] = policy;
                headers[HeaderNames.CacheControl] = "no-store";
                headers.Remove(HeaderNames.Pragma);
                headers.Remove(HeaderNames.Expires);
                headers.Remove(HeaderNames.Server);
                return Task.CompletedTask;
            });
            await next(context);
        });
}
