using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class RecurringJobsTests(EduReliefApp app)
{
    private const string LedgerRefresh = "registry:ledger-refresh";
    private readonly HttpClient _client = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task The_ledger_refresh_is_scheduled_daily_at_two_in_the_county_time_zone()
    {
        var job = await JobAsync(LedgerRefresh);

        Assert.Equal("0 2 * * *", job["cron"]!.GetValue<string>());
        Assert.Equal("Asia/Shanghai", job["timeZone"]!.GetValue<string>());
        Assert.NotNull(job["nextRun"]);
    }

    [Fact]
    public async Task County_it_can_change_the_cron_and_a_bad_cron_is_refused_leaving_it_as_it_was()
    {
        var bad = await _admin.PutAsync($"/api/admin/jobs/{LedgerRefresh}", JsonContent("""{"cron":"61 25 * * *"}"""));
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not a valid cron expression", Assert.Single(problem.FieldErrors("cron")), StringComparison.Ordinal);
        Assert.Equal("0 2 * * *", (await JobAsync(LedgerRefresh))["cron"]!.GetValue<string>());

        var good = await _admin.PutAsync($"/api/admin/jobs/{LedgerRefresh}", JsonContent("""{"cron":"30 3 * * *"}"""));
        Assert.Equal("30 3 * * *", (await good.ShouldBeAsync(HttpStatusCode.OK))["cron"]!.GetValue<string>());
        Assert.Equal("30 3 * * *", (await JobAsync(LedgerRefresh))["cron"]!.GetValue<string>());

        (await _admin.PutAsync($"/api/admin/jobs/{LedgerRefresh}", JsonContent("""{"cron":"0 2 * * *"}"""))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_missing_cron_is_a_400_naming_the_field()
    {
        var response = await _admin.PutAsync($"/api/admin/jobs/{LedgerRefresh}", JsonContent("{}"));

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("cron"));
    }

    [Fact]
    public async Task An_unknown_job_is_a_404_for_update_and_trigger()
    {
        await (await _admin.PutAsync("/api/admin/jobs/registry:nothing", JsonContent("""{"cron":"0 2 * * *"}"""))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.PostAsync("/api/admin/jobs/registry:nothing/trigger", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Triggering_the_ledger_refresh_applies_the_newest_household_list_and_a_second_run_changes_nothing()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("H");
        var studentId = await _client.StudentAsync(school, householdId: household);
        Directory.CreateDirectory(app.HouseholdInbox);
        var list = $"household_{household}.csv";
        await File.WriteAllTextAsync(Path.Combine(app.HouseholdInbox, list), $"household_id,category,effective_on,status\n{household},ExtremePoverty,2025-03-01,Active\n");

        var first = await RunLedgerRefreshAsync();
        // A background job has no caller: it reports in the county's language.
        Assert.Contains($"户名单 {list}：1 项家庭类别变更，1 名学生随之更新", first, StringComparison.Ordinal);
        var student = await (await _client.GetAsync($"/api/registry/students/{studentId}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(["ExtremePoverty"], student["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        var file = await (await _client.GetAsync($"/api/registry/students/{studentId}/file")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("2025-03-01", file["categoryPeriods"]![0]!["startedOn"]!.GetValue<string>());
        Assert.Equal($"household-list:{list}", file["history"]![0]!["source"]!.GetValue<string>());
        Assert.Equal(1, file["summary"]!["changeCount"]!.GetValue<int>());

        var second = await RunLedgerRefreshAsync();
        Assert.Equal($"户名单 {list} 已应用过；0 名学生与其家庭类别对齐；重建 0 份学生档案摘要", second);
    }

    [Fact]
    public async Task A_household_list_dropped_in_the_inbox_as_xlsx_is_applied_by_the_ledger_refresh()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("H");
        var studentId = await _client.StudentAsync(school, householdId: household);
        Directory.CreateDirectory(app.HouseholdInbox);
        var list = $"household_{household}.xlsx";
        await File.WriteAllBytesAsync(Path.Combine(app.HouseholdInbox, list), Uploads.Xlsx(["户编号", "困难类型", "生效日期", "状态"], [household, "Orphan", new DateTime(2025, 4, 1), "Active"]));

        var report = await RunLedgerRefreshAsync();

        Assert.Contains($"户名单 {list}：1 项家庭类别变更，1 名学生随之更新", report, StringComparison.Ordinal);
        var student = await (await _client.GetAsync($"/api/registry/students/{studentId}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(["Orphan"], student["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    private async Task<string> RunLedgerRefreshAsync()
    {
        var trigger = await (await _admin.PostAsync($"/api/admin/jobs/{LedgerRefresh}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var job = await Eventually.MatchAsync(
            () => JobAsync(LedgerRefresh),
            j => j["lastJobId"]?.GetValue<string>() == runId && j["lastState"]?.GetValue<string>() is "Succeeded" or "Failed",
            "the triggered ledger refresh to finish");
        Assert.Equal("Succeeded", job["lastState"]!.GetValue<string>());
        return job["lastResult"]!.GetValue<string>();
    }

    private async Task<JsonNode> JobAsync(string id)
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        return Assert.Single(jobs, j => j!["id"]!.GetValue<string>() == id)!;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
