using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>The module's database (a SQLite file or a PostgreSQL schema), its switch, its job run twice at once, and its audit.</summary>
[Collection(HostCollection.Name)]
public sealed class SpecialNeedsStorageTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Health_reports_the_special_needs_database_ready()
    {
        var health = await (await _officer.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Ready", health["modules"]!["SpecialNeeds"]!.GetValue<string>());
#if POSTGRESQL
        Assert.True(await app.HasSchemaAsync("special_needs"));
#else
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "special_needs.db")));
#endif
    }

    [Fact]
    public async Task Switched_off_the_module_answers_nothing()
    {
        using var off = new EduReliefApp(new Dictionary<string, string?> { ["Modules:SpecialNeeds:Enabled"] = "false" });
        var client = off.CreateClient();

        await (await client.GetAsync(SpecialNeedsApi.Children)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var health = await (await client.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Null(health["modules"]!["SpecialNeeds"]);
    }

    [Fact]
    public async Task The_job_is_listed_and_two_runs_at_once_flag_a_plan_once()
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.Contains(jobs, j => j.Text("id") == SpecialNeedsApi.JobId);
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
        await _officer.ChildAsync(township, nationalId);
        await (await _officer.AssessAsync(nationalId)).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.PlanAsync(nationalId, "RegularClass", school, SpecialNeedsApi.DaysAgo(200), reviewOn: SpecialNeedsApi.DaysAgo(1))).ShouldBeAsync(HttpStatusCode.Created);

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        Assert.All(results, r => Assert.Contains("已过复核日期", r, StringComparison.Ordinal));
        Assert.Contains(results, r => r.EndsWith("新标记 0 个", StringComparison.Ordinal));
        Assert.EndsWith("新标记 0 个", await RunAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_are_audited_with_masked_records_and_a_refused_plan_as_failed()
    {
        var township = await _officer.TownshipAsync();
        var (staff, userName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["SpecialNeeds"]);
        var nationalId = (await staff.ChildAsync(township)).Text("nationalId");
        await (await staff.PlanAsync(nationalId, "RegularClass", null, SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var entries = await _admin.AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=SpecialNeeds");

        var registered = Assert.Single(entries, e => e.Text("action") == "RegisterChildCommand");
        Assert.Equal("Succeeded", registered.Text("outcome"));
        Assert.Contains("********", registered.Text("records"), StringComparison.Ordinal);
        Assert.Equal("Failed", Assert.Single(entries, e => e.Text("action") == "MakePlanCommand").Text("outcome"));
    }

    [Fact]
    public async Task Staff_of_another_module_may_read_the_register_but_not_change_it()
    {
        var township = await _officer.TownshipAsync();
        var other = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]).Client;

        await (await other.PostChildAsync(township)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync(SpecialNeedsApi.Children)).ShouldBeAsync(HttpStatusCode.OK);
        await (await app.CreateAnonymousClient().GetAsync(SpecialNeedsApi.Children)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>Triggers a run and waits for it (by its own id, so two runs at once are each awaited); returns its report.</summary>
    private async Task<string> RunAsync()
    {
        var trigger = await (await _admin.PostAsync($"/api/admin/jobs/{SpecialNeedsApi.JobId}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var state = await Eventually.MatchAsync(
            () => Task.FromResult(monitoring.JobDetails(runId)?.History.FirstOrDefault()),
            s => s?.StateName is "Succeeded" or "Failed",
            "the triggered plan review to finish",
            60);
        Assert.Equal("Succeeded", state!.StateName);
        return state.Data.TryGetValue("Result", out var result) ? result.Trim('"') : string.Empty;
    }
}
