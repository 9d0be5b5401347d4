using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>Running a recurring job as an admin would: trigger it, wait for that run by its own id, read its report.</summary>
public static class Jobs
{
    public static async Task<string> RunJobAsync(this EduReliefApp app, HttpClient admin, string jobId)
    {
        var trigger = await (await admin.PostAsync($"/api/admin/jobs/{jobId}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var state = await Eventually.MatchAsync(
            () => Task.FromResult(monitoring.JobDetails(runId)?.History.FirstOrDefault()),
            s => s?.StateName is "Succeeded" or "Failed",
            $"the triggered {jobId} to finish",
            60);
        Assert.Equal("Succeeded", state!.StateName);
        return state.Data.TryGetValue("Result", out var result) ? result.Trim('"') : string.Empty;
    }
}
