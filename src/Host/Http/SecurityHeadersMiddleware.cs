using Microsoft.Net.Http.Headers;

namespace EduRelief.Host.Http;

/// <summary>
/// Headers every response carries: no sniffing, no framing, no referrer to other sites, and no caching of anything
/// (the API, the console and the dashboard all carry personal data). The console and the dashboard run their own
/// scripts and inline styles (Blazor's import map, Ant Design's and Hangfire's styles), so their policy allows scripts
/// from this origin and inline ones, its own WebSocket for the console's circuit, and nothing from elsewhere; the API's
/// answers allow nothing at all.
/// </summary>
internal static class SecurityHeadersMiddleware
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Decided now: the dashboard moves its prefix into PathBase while it answers.
            var path = context.Request.Path;
            var policy = path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health") ? ApiPolicy : PagePolicy;
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
