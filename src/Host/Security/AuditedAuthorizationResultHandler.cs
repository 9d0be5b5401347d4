using EduRelief.SharedKernel.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace EduRelief.Host.Security;

/// <summary>
/// The HTTP half of the audit log: a request the authorization middleware turns away (no or bad credentials, or a
/// role it lacks) is written as a refusal before the 401/403 goes out.
/// </summary>
internal sealed class AuditedAuthorizationResultHandler(IEnumerable<IAuditTrail> trails, TimeProvider time) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
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
}
