using EduRelief.Host.Jobs;
using EduRelief.Host.Modules;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using Hangfire;

namespace EduRelief.Host.Admin;

/// <summary>
/// County IT's hands on the recurring jobs, the one way both the API (<see cref="AdminEndpoints"/>) and the console's
/// pages change them: the caller's role is checked here too (a page has no authorization middleware in front of a
/// click), the cron is validated in the API's words, and every change, trigger and refusal is audited.
/// </summary>
internal sealed class JobAdministration(
    ModuleCatalog catalog, RecurringJobScheduler scheduler, JobStorage storage, ICallerContext caller, JobAudit audit)
{
    public async Task<IReadOnlyList<RecurringJobResponse>> ListAsync()
    {
        await RequireAsync("ListJobs", "job:*", Roles.Admin, Roles.Auditor);
        return RecurringJobQueries.List(catalog, storage);
    }

    public async Task<RecurringJobResponse> UpdateCronAsync(string jobId, string? cron)
    {
        await RequireAsync("UpdateJob", $"job:{jobId}", Roles.Admin);
        RequireDeclared(jobId);
        try
        {
            Reschedule(jobId, cron);
        }
        catch (ValidationFailedException refused)
        {
            await RecordAsync("UpdateJob", $"job:{jobId}", AuditOutcome.Failed, $"cron '{cron}': {string.Join("; ", refused.Errors.SelectMany(e => e.Value))}");
            throw;
        }

        await RecordAsync("UpdateJob", $"job:{jobId}", AuditOutcome.Succeeded, $"cron '{cron!.Trim()}'");
        return RecurringJobQueries.List(catalog, storage).First(j => j.Id == jobId);
    }

    /// <summary>Runs a job now; returns the id of the Hangfire job that runs it.</summary>
    public async Task<string> TriggerAsync(string jobId)
    {
        await RequireAsync("TriggerJob", $"job:{jobId}", Roles.Admin);
        RequireDeclared(jobId);
        var backgroundJobId = scheduler.Trigger(jobId);
        await RecordAsync("TriggerJob", $"job:{jobId}", AuditOutcome.Succeeded, $"background job {backgroundJobId}");
        return backgroundJobId;
    }

    private async Task RequireAsync(string action, string records, params string[] roles)
    {
        if (!roles.Any(caller.Roles.Contains))
        {
            await RecordAsync(action, records, AuditOutcome.Refused, "role not allowed (403)");
            throw new ForbiddenException(new UserText("只有管理员可以管理定时任务", "only administrators manage background jobs"));
        }
    }

    private void Reschedule(string jobId, string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            throw ValidationFailedException.For("cron", new UserText("必填，例如 \"0 2 * * *\" 表示每天 02:00", "is required, e.g. \"0 2 * * *\" for 02:00 every day"));
        }

        try
        {
            scheduler.Schedule(jobId, cron.Trim());
        }
        catch (ArgumentException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw ValidationFailedException.For("cron", new UserText($"'{cron}' 不是有效的 cron 表达式：{reason}", $"'{cron}' is not a valid cron expression: {reason}"));
        }
    }

    private void RequireDeclared(string jobId)
    {
        if (!catalog.EnabledJobs.Any(j => j.Id == jobId))
        {
            throw new NotFoundException("Job", jobId);
        }
    }

    // The caller's name, not an HttpContext's: a console circuit has none.
    private Task RecordAsync(string action, string records, AuditOutcome outcome, string? detail) =>
        audit.RecordAsync(caller.UserName, action, records, outcome, detail);
}
