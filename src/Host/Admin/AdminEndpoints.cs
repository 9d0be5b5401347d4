using EduRelief.Host.Jobs;
using EduRelief.Host.Modules;
using EduRelief.Host.Security;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Hangfire;

namespace EduRelief.Host.Admin;

/// <summary>County IT's view of the deployable: which modules run, and their background jobs.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(SecurityRegistration.AdminOrAuditorPolicy);

        admin.MapGet("/modules", (ModuleCatalog catalog) =>
            catalog.All.Select(m => new ModuleResponse(m.Name, m.Module.RoutePrefix, m.Enabled, m.Module.RecurringJobs.Select(j => j.Id).ToList())))
            .WithName("ListModules")
            .WithSummary("Modules the Host found, and whether each is enabled");

        admin.MapGet("/jobs", (ModuleCatalog catalog, JobStorage storage) => RecurringJobQueries.List(catalog, storage))
            .WithName("ListJobs")
            .WithSummary("Recurring jobs with cron, last and next run, and last result");

        admin.MapPut("/jobs/{jobId}", async (string jobId, UpdateJobRequest request, HttpContext context, ModuleCatalog catalog, RecurringJobScheduler scheduler, JobStorage storage, JobAudit audit) =>
        {
            RequireDeclared(catalog, jobId);
            try
            {
                Reschedule(scheduler, jobId, request.Cron);
            }
            catch (ValidationFailedException refused)
            {
                await audit.RecordAsync(context, "UpdateJob", $"job:{jobId}", AuditOutcome.Failed, $"cron '{request.Cron}': {string.Join("; ", refused.Errors.SelectMany(e => e.Value))}");
                throw;
            }

            await audit.RecordAsync(context, "UpdateJob", $"job:{jobId}", AuditOutcome.Succeeded, $"cron '{request.Cron!.Trim()}'");
            return RecurringJobQueries.List(catalog, storage).First(j => j.Id == jobId);
        })
        .RequireAuthorization(SecurityRegistration.AdminPolicy)
        .WithName("UpdateJob")
        .WithSummary("Change a recurring job's cron (read in the county's time zone)");

        admin.MapPost("/jobs/{jobId}/trigger", async (string jobId, HttpContext context, ModuleCatalog catalog, RecurringJobScheduler scheduler, JobAudit audit) =>
        {
            RequireDeclared(catalog, jobId);
            var backgroundJobId = scheduler.Trigger(jobId);
            await audit.RecordAsync(context, "TriggerJob", $"job:{jobId}", AuditOutcome.Succeeded, $"background job {backgroundJobId}");
            return Results.Accepted($"/hangfire/jobs/details/{backgroundJobId}", new { jobId, backgroundJobId });
        })
        .RequireAuthorization(SecurityRegistration.AdminPolicy)
        .WithName("TriggerJob")
        .WithSummary("Run a recurring job now; returns the Hangfire job id");
    }

    private static void Reschedule(RecurringJobScheduler scheduler, string jobId, string? cron)
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

    private static void RequireDeclared(ModuleCatalog catalog, string jobId)
    {
        if (!catalog.EnabledJobs.Any(j => j.Id == jobId))
        {
            throw new NotFoundException("Job", jobId);
        }
    }
}
