using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Reporting;
using Xunit;

namespace EduRelief.Host.Tests.Demo;

/// <summary>
/// A Host of its own (the summary counts the whole county) with the demo county built by county IT's endpoint, every
/// recurring job run once, then the county built again: the summary after each, both reports, and how long each run took.
/// </summary>
public sealed class DemoCountyHost : IAsyncLifetime
{
    public const int Seed = 2025;

    public EduReliefApp App { get; } = new();

    public JsonNode FirstReport { get; private set; } = null!;

    public JsonNode SecondReport { get; private set; } = null!;

    public JsonNode FirstSummary { get; private set; } = null!;

    public JsonNode SecondSummary { get; private set; } = null!;

    public JsonNode AfterJobsSummary { get; private set; } = null!;

    public Dictionary<string, string> JobReports { get; } = [];

    public TimeSpan FirstRun { get; private set; }

    public TimeSpan SecondRun { get; private set; }

    public async Task InitializeAsync()
    {
        var admin = App.CreateAdminClient();
        admin.Timeout = TimeSpan.FromMinutes(15);
        var officer = App.CreateClient();
        var clock = Stopwatch.StartNew();
        FirstReport = await (await admin.PostAsync($"/api/admin/demo/seed-county?seed={Seed}", null)).ShouldBeAsync(HttpStatusCode.OK);
        FirstRun = clock.Elapsed;
        FirstSummary = await officer.SummaryAsync(2025);

        // Every background job runs as it would overnight; none may move a figure of the year.
        foreach (var job in (await (await admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray())
        {
            JobReports[job!["id"]!.GetValue<string>()] = await App.RunJobAsync(admin, job["id"]!.GetValue<string>());
        }

        AfterJobsSummary = await officer.SummaryAsync(2025);
        clock.Restart();
        SecondReport = await (await admin.PostAsync($"/api/admin/demo/seed-county?seed={Seed}", null)).ShouldBeAsync(HttpStatusCode.OK);
        SecondRun = clock.Elapsed;
        SecondSummary = await officer.SummaryAsync(2025);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
