using System.Net;
using System.Text;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>What county IT does to background jobs, through the API or the dashboard, is in the audit log.</summary>
[Collection(HostCollection.Name)]
public sealed class JobAuditTests(EduReliefApp app)
{
    private const string Record = $"job:{LedgerRefreshRuns.JobId}";

    [Fact]
    public async Task A_cron_change_through_the_api_is_audited_with_the_new_cron_and_a_refused_one_too()
    {
        using var admin = app.CreateAdminClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsync($"/api/admin/jobs/{LedgerRefreshRuns.JobId}", Json("""{"cron":"61 2 * * *"}"""))).StatusCode);
        (await admin.PutAsync($"/api/admin/jobs/{LedgerRefreshRuns.JobId}", Json("""{"cron":"0 2 * * *"}"""))).EnsureSuccessStatusCode();

        var entries = (await admin.AuditEntriesAsync($"user={EduReliefApp.AdminUser}&module=Host&record={Record}"))
            .Where(e => e["action"]!.GetValue<string>() == "UpdateJob").ToList();
        Assert.Contains(entries, e => e["outcome"]!.GetValue<string>() == "Succeeded" && e["detail"]!.GetValue<string>().Contains("'0 2 * * *'", StringComparison.Ordinal));
        Assert.Contains(entries, e => e["outcome"]!.GetValue<string>() == "Failed" && e["detail"]!.GetValue<string>().Contains("'61 2 * * *'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_trigger_through_the_api_is_audited_with_the_run_it_started()
    {
        using var admin = app.CreateAdminClient();
        var before = await LedgerRefreshRuns.LastRunAsync(admin);

        var trigger = await (await admin.PostAsync($"/api/admin/jobs/{LedgerRefreshRuns.JobId}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        await LedgerRefreshRuns.WaitForRunAfterAsync(admin, before);

        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var entries = await admin.AuditEntriesAsync($"user={EduReliefApp.AdminUser}&module=Host&record={Record}");
        Assert.Contains(entries, e => e["action"]!.GetValue<string>() == "TriggerJob"
            && e["outcome"]!.GetValue<string>() == "Succeeded"
            && e["detail"]!.GetValue<string>() == $"background job {runId}");
    }

    [Fact]
    public async Task A_trigger_on_the_dashboard_is_audited_and_so_is_one_refused_for_its_missing_token()
    {
        var (browser, userName) = await Browser.NewUserAsync(app, Roles.Admin);
        using var admin = app.CreateAdminClient();
        var token = await browser.DashboardTokenAsync("/hangfire/recurring");
        var before = await LedgerRefreshRuns.LastRunAsync(admin);

        Assert.Equal(HttpStatusCode.Forbidden, await browser.TriggerOnDashboardAsync(token: null));
        Assert.Equal(HttpStatusCode.NoContent, await browser.TriggerOnDashboardAsync(token));
        await LedgerRefreshRuns.WaitForRunAfterAsync(admin, before);

        var entries = await admin.AuditEntriesAsync($"user={userName}&module=Host&record={Record}");
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("Dashboard POST /recurring/trigger", e["action"]!.GetValue<string>()));
        Assert.Equal(["Refused", "Succeeded"], entries.Select(e => e["outcome"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_dashboards_own_polling_is_not_audited()
    {
        var (browser, userName) = await Browser.NewUserAsync(app, Roles.Admin);
        using var admin = app.CreateAdminClient();
        var token = await browser.DashboardTokenAsync("/hangfire");

        using var poll = new HttpRequestMessage(HttpMethod.Post, "/hangfire/stats") { Content = new FormUrlEncodedContent([new("metrics[]", "enqueued:count")]) };
        poll.Headers.Add(Browser.AntiforgeryHeader, token);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(poll)).StatusCode);

        Assert.Empty(await admin.AuditEntriesAsync($"user={userName}&module=Host"));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
