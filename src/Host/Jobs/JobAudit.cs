using EduRelief.SharedKernel.Auditing;

namespace EduRelief.Host.Jobs;

/// <summary>Writes what county IT did to background jobs (a cron changed, a job run now, removed or requeued) to the audit log.</summary>
internal sealed class JobAudit(IEnumerable<IAuditTrail> trails, TimeProvider time)
{
    /// <summary>For the dashboard, whose requests carry the user but go through no MediatR pipeline.</summary>
    public Task RecordAsync(HttpContext context, string action, string records, AuditOutcome outcome, string? detail) =>
        RecordAsync(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "unknown" : "anonymous", action, records, outcome, detail);

    public async Task RecordAsync(string userName, string action, string records, AuditOutcome outcome, string? detail)
    {
        var record = new AuditRecord(userName, time.GetUtcNow(), "Host", action, records, outcome, detail is { Length: > 1000 } ? detail[..1000] : detail);
        foreach (var trail in trails)
        {
            await trail.RecordAsync(record, CancellationToken.None);
        }
    }
}
