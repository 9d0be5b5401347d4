using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>The module's database (a SQLite file or a PostgreSQL schema), its switch, its job run twice at once, and its audit.</summary>
[Collection(HostCollection.Name)]
public sealed class TeacherStorageTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Health_reports_the_teacher_database_ready()
    {
        var health = await (await _officer.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Ready", health["modules"]!["TeacherSupport"]!.GetValue<string>());
#if POSTGRESQL
        Assert.True(await app.HasSchemaAsync("teacher_support"));
#else
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "teacher_support.db")));
#endif
    }

    [Fact]
    public async Task Switched_off_the_module_answers_nothing()
    {
        using var off = new EduReliefApp(new Dictionary<string, string?> { ["Modules:TeacherSupport:Enabled"] = "false" });
        var client = off.CreateClient();

        await (await client.GetAsync(TeacherApi.Teachers)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var health = await (await client.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Null(health["modules"]!["TeacherSupport"]);
    }

    [Fact]
    public async Task Two_computations_of_a_month_at_once_leave_one_line_per_teacher_and_a_third_changes_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var teachers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            teachers.Add((await _officer.TeacherAsync(school, hiredOn: "2004-01-05")).Text("id"));
        }

        await (await _officer.PutSchoolTierAsync("2004-01-01", 420m, school)).ShouldBeAsync(HttpStatusCode.OK);

        var answers = await Task.WhenAll(_officer.ComputeAsync("2004-02"), _officer.ComputeAsync("2004-02"));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var lines = await _officer.LinesAsync("2004-02", school);
        Assert.Equal(teachers.Order(), lines.Keys.Order());
        Assert.All(lines.Values, v => Assert.Equal(420m, v));
        var computedAt = (await (await _officer.GetAsync($"{TeacherApi.Rolls}?month=2004-02")).ShouldBeAsync(HttpStatusCode.OK)).Text("computedAt");
        await (await _officer.ComputeAsync("2004-02")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(computedAt, (await (await _officer.GetAsync($"{TeacherApi.Rolls}?month=2004-02")).ShouldBeAsync(HttpStatusCode.OK)).Text("computedAt"));
    }

    [Fact]
    public async Task The_job_is_listed_and_two_runs_at_once_compute_this_months_roll_once()
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.Contains(jobs, j => j.Text("id") == TeacherApi.JobId);
        var (_, school) = await _officer.TownshipWithSchoolAsync(location: "Rural");
        var teacher = (await _officer.TeacherAsync(school, hiredOn: TeacherApi.Day(TeacherApi.Today.AddMonths(-2)))).Text("id");
        await (await _officer.PutSchoolTierAsync(TeacherApi.Day(TeacherApi.Today.AddMonths(-3)), 380m, school)).ShouldBeAsync(HttpStatusCode.OK);

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        Assert.All(results, r => Assert.Contains("补助发放表", r, StringComparison.Ordinal));
        Assert.Contains(results, r => r.Contains("新增 0，变更 0，移除 0", StringComparison.Ordinal));
        var month = $"{TeacherApi.Today:yyyy-MM}";
        Assert.Equal(new Dictionary<string, decimal> { [teacher] = 380m }, await _officer.LinesAsync(month, school));
        Assert.Equal("system", (await (await _officer.GetAsync($"{TeacherApi.Rolls}?month={month}")).ShouldBeAsync(HttpStatusCode.OK)).Text("computedBy"));
    }

    [Fact]
    public async Task Commands_are_audited_with_their_records_and_a_refused_hire_as_failed()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (staff, userName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["TeacherSupport"]);
        var campaign = await staff.CampaignAsync(TeacherApi.Today.Year, (school, 1));
        await (await staff.HireAsync(campaign, school, TeacherApi.Day(new DateOnly(TeacherApi.Today.Year, 1, 1)))).ShouldBeAsync(HttpStatusCode.Created);
        await (await staff.HireAsync(campaign, school, TeacherApi.Day(new DateOnly(TeacherApi.Today.Year, 1, 1)))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var entries = await _admin.AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=TeacherSupport");

        var opened = Assert.Single(entries, e => e.Text("action") == "OpenCampaignCommand");
        Assert.Equal("Succeeded", opened.Text("outcome"));
        Assert.Contains($"campaign:{campaign}", opened.Text("records"), StringComparison.Ordinal);
        var hires = entries.Where(e => e.Text("action") == "HireTeacherCommand").ToList();
        Assert.Equal(["Failed", "Succeeded"], hires.Select(h => h.Text("outcome")).Order());
        Assert.All(hires, h => Assert.Contains("********", h.Text("records"), StringComparison.Ordinal));
    }

    /// <summary>Triggers a run and waits for it (by its own id, so two runs at once are each awaited); returns its report.</summary>
    private async Task<string> RunAsync()
    {
        var trigger = await (await _admin.PostAsync($"/api/admin/jobs/{TeacherApi.JobId}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var state = await Eventually.MatchAsync(
            () => Task.FromResult(monitoring.JobDetails(runId)?.History.FirstOrDefault()),
            s => s?.StateName is "Succeeded" or "Failed",
            "the triggered allowance roll to finish",
            60);
        Assert.Equal("Succeeded", state!.StateName);
        return state.Data.TryGetValue("Result", out var result) ? result : string.Empty;
    }
}
