using EduRelief.SharedKernel.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace EduRelief.Host.Security;

/// <summary>
/// The HTTP half of the audit log: a request the authorization middleware turns away (no or bad credentials, or a
/// role it lacks) is written as a refusal before the 401/403 goes out. A browser opening a console page without a
/// sign-in is sent to the sign-in page instead: that is not a refusal of anything but the way in.
/// </summary>
internal sealed class AuditedAuthorizationResultHandler(IEnumerable<IAuditTrail> trails, TimeProvider time) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged && IsConsolePage(context.Request))
        {
            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(back));
            return;
        }

        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "unknown" : "anonymous";
            var record = new AuditRecord(
                user,
                time.GetUtcNow(),
                "Host",
                $"{context.Request.Method} {context.Request.Path}",
                context.Request.Path,
                AuditOutcome.Refused,
                authorizeResult.Challenged ? "not signed in (401)" : "role not allowed (403)");
            foreach (var trail in trails)
            {
                await trail.RecordAsync(record, context.RequestAborted);
            }
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>A page of the web console: a GET outside the API, the dashboard, the circuit's hub and the OpenAPI document.</summary>
    private static bool IsConsolePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api")
        && !request.Path.StartsWithSegments("/hangfire")
        && !request.Path.StartsWithSegments("/_blazor")
        && !request.Path.StartsWithSegments("/openapi");
}
