using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EduRelief.Host.Security;

/// <summary>
/// A write the browser sends on its own with the sign-in cookie, from a page of another site, is refused (403) before
/// anything runs. A request with an <c>Authorization</c> header is left alone: a page of another site cannot make the
/// browser add one. The browser says where a request comes from in <c>Origin</c> (every cross-site POST, PUT, PATCH,
/// DELETE), else <c>Sec-Fetch-Site</c>, else <c>Referer</c>; a request with none of them is not a browser's and is let
/// through, since nothing a browser can be made to send looks like that.
/// </summary>
internal sealed class CrossSiteWriteGuard(RequestDelegate next, IOptions<CrossSiteWriteOptions> options, IEnumerable<IAuditTrail> trails, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method) || request.Headers.ContainsKey(HeaderNames.Authorization)
            || FromThisSite(request))
        {
            await next(context);
            return;
        }

        var record = new AuditRecord(
            context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "unknown" : "anonymous",
            time.GetUtcNow(),
            "Host",
            $"{request.Method} {request.Path}",
            request.Path,
            AuditOutcome.Refused,
            $"cross-site write from {Describe(request)} (403)");
        foreach (var trail in trails)
        {
            await trail.RecordAsync(record, context.RequestAborted);
        }

        throw new ForbiddenException(new UserText(
            "该请求来自其他网站，已拒绝；请在本系统的页面中操作",
            "the request came from another site's page and was refused; use this system's own pages"));
    }

    private bool FromThisSite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Allowed(request, origin);
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin" or "none";
        }

        var referer = request.Headers.Referer.ToString();
        if (referer.Length > 0)
        {
            return Uri.TryCreate(referer, UriKind.Absolute, out var uri) && Allowed(request, uri.GetLeftPart(UriPartial.Authority));
        }

        return true;
    }

    private bool Allowed(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || options.Value.AllowedOrigins.Any(allowed => string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    private static string Describe(HttpRequest request)
    {
        var described = new[] { request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString(), request.Headers.Referer.ToString() }
            .First(value => value.Length > 0);
        return described.Length > 200 ? described[..200] : described;
    }
}
