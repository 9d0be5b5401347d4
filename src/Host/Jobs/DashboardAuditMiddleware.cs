using EduRelief.SharedKernel.Auditing;

namespace EduRelief.Host.Jobs;

/// <summary>
/// Every action taken on the Hangfire dashboard is a POST (trigger, remove, requeue, delete): each is audited after
/// Hangfire answered, with the job ids it named and whether it went through (a missing antiforgery token or the
/// auditor's read-only view is a refusal). The page's own polling for counters (<c>/stats</c>) is a POST too and
/// changes nothing, so it is left out.
/// </summary>
internal static class DashboardAuditMiddleware
{
    public static IApplicationBuilder UseDashboardAudit(this IApplicationBuilder app, string dashboardPath) =>
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(dashboardPath)
                && !context.Request.Path.StartsWithSegments($"{dashboardPath}/stats"),
            branch => branch.Use(async (context, next) =>
            {
                // Read once here; Hangfire reads the same buffered form.
                var ids = context.Request.HasFormContentType
                    ? (await context.Request.ReadFormAsync(context.RequestAborted)).Where(f => f.Key.StartsWith("jobs", StringComparison.Ordinal)).SelectMany(f => f.Value).ToList()
                    : [];
                context.Request.Path.StartsWithSegments(dashboardPath, out var action);
                var segments = action.Value?.Trim('/').Split('/') ?? [];
                if (segments.Length > 0 && segments[^1].Length > 0 && !ids.Contains(segments[^1]) && segments.Contains("actions"))
                {
                    ids.Add(segments[^1]);
                }

                await next(context);

                var status = context.Response.StatusCode;
                await context.RequestServices.GetRequiredService<JobAudit>().RecordAsync(
                    context,
                    $"Dashboard POST {action}",
                    string.Join(",", ids.Select(id => $"job:{id}")),
                    status < 400 ? AuditOutcome.Succeeded : AuditOutcome.Refused,
                    $"{status}");
            }));
}
