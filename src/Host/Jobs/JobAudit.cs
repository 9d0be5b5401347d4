using EduRelief.SharedKernel.Auditing;

namespace EduRelief.Host.Jobs;

/// <summary>Writes what county IT did to background jobs (a cron changed, a job run now, removed or requeued) to the audit log.</summary>
internal sealed class JobAudit(IEnumerable<IAuditTrail> trails, TimeProvider time)
{
    public async Task RecordAsync(HttpContext context, string action, string records, AuditOutcome outcome, string? detail)
    {
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "unknown" : "anonymous";
        var record = new AuditRecord(user, time.GetUtcNow(), "Host", action, records, outcome, detail is { Length: > 1000 } ? detail[..1000] : detail);
        foreach (var trail in trails)
        {
            await trail.RecordAsync(record, CancellationToken.None);
        }
    }
}
