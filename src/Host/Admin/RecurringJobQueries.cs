using EduRelief.Host.Modules;
using Hangfire;
using Hangfire.Storage;

namespace EduRelief.Host.Admin;

/// <summary>Reads the state of the declared recurring jobs from Hangfire's storage.</summary>
internal static class RecurringJobQueries
{
    public static IReadOnlyList<RecurringJobResponse> List(ModuleCatalog catalog, JobStorage storage)
    {
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs().ToDictionary(j => j.Id, StringComparer.Ordinal);
        var monitoring = storage.GetMonitoringApi();
        return catalog.EnabledJobs
            .Where(j => stored.ContainsKey(j.Id))
            .Select(j =>
            {
                var job = stored[j.Id];
                return new RecurringJobResponse(
                    j.Id, j.Description, job.Cron, job.TimeZoneId, job.LastExecution, job.NextExecution,
                    job.LastJobId, job.LastJobState, LastResult(monitoring, job.LastJobId));
            })
            .ToList();
    }

    /// <summary>What the last run said it did, or why it failed.</summary>
    private static string? LastResult(IMonitoringApi monitoring, string? jobId)
    {
        if (jobId is null)
        {
            return null;
        }

        var latest = monitoring.JobDetails(jobId)?.History.FirstOrDefault();
        if (latest?.Data is null)
        {
            return null;
        }

        return latest.Data.TryGetValue("Result", out var result) ? System.Text.Json.JsonSerializer.Deserialize<string>(result)
            : latest.Data.TryGetValue("ExceptionMessage", out var error) ? error
            : null;
    }
}
