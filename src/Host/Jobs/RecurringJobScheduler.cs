using EduRelief.Host.Modules;
using EduRelief.SharedKernel.Time;
using Hangfire;
using Hangfire.Storage;

namespace EduRelief.Host.Jobs;

/// <summary>Keeps Hangfire's recurring jobs in step with the enabled modules' declarations, and runs one on demand.</summary>
internal sealed class RecurringJobScheduler(
    ModuleCatalog catalog,
    IRecurringJobManagerV2 manager,
    JobStorage storage,
    IConfiguration configuration,
    CountyClock county)
{
    /// <summary>
    /// Schedules every declared job. The cron is, in order: configuration (<c>EduRelief:Jobs:&lt;id&gt;:Cron</c>), what an
    /// admin set before (kept in Hangfire's storage across restarts), the module's default. Jobs of modules switched
    /// off are removed so they cannot run against a module that is not there.
    /// </summary>
    public void ScheduleAll()
    {
        using var connection = storage.GetConnection();
        var existing = connection.GetRecurringJobs().ToDictionary(j => j.Id, StringComparer.Ordinal);
        var declared = catalog.EnabledJobs.ToList();
        foreach (var job in declared)
        {
            var cron = configuration[$"{JobsOptions.Section}:{job.Id}:Cron"]
                ?? (existing.TryGetValue(job.Id, out var stored) ? stored.Cron : null)
                ?? job.DefaultCron;
            Schedule(job.Id, cron);
        }

        foreach (var orphan in existing.Keys.Except(declared.Select(j => j.Id), StringComparer.Ordinal))
        {
            manager.RemoveIfExists(orphan);
        }
    }

    /// <summary>Runs a recurring job now; returns the id of the background job that runs it.</summary>
    public string Trigger(string jobId) => manager.TriggerJob(jobId);

    /// <summary>Sets a job's cron; an expression Hangfire cannot read throws <see cref="ArgumentException"/>.</summary>
    public void Schedule(string jobId, string cron) =>
        manager.AddOrUpdate<ModuleJobRunner>(
            jobId,
            runner => runner.RunAsync(jobId, CancellationToken.None),
            cron,
            new RecurringJobOptions { TimeZone = county.TimeZone });
}
