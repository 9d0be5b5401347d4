using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Subsidies;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A page of another site cannot make a signed-in browser write: cookie-carried writes from another origin are
/// refused, the dashboard's actions need its antiforgery token, and the cookies are HttpOnly, SameSite and Secure over HTTPS.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CrossSiteWriteTests(EduReliefApp app)
{
    private const string Evil = "http://evil.example";

    [Fact]
    public async Task A_cookie_write_from_another_sites_page_is_refused_and_nothing_is_stored()
    {
        var (browser, _) = await Browser.NewUserAsync(app);
        var (township, _) = await app.CreateClient().TownshipWithSchoolAsync();
        var kind = "cross-site-" + Guid.NewGuid().ToString("N")[..8];

        var response = await browser.SendAsync(Outreach(township, kind, request => request.Headers.Add("Origin", Evil)));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var listed = await (await app.CreateClient().GetAsync($"{SubsidiesApi.Outreach}?townshipCode={township}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(kind, listed.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Referer", "http://evil.example/page.html")]
    public async Task Without_Origin_the_browsers_other_headers_refuse_it_too(string header, string value)
    {
        var (browser, _) = await Browser.NewUserAsync(app);
        var (township, _) = await app.CreateClient().TownshipWithSchoolAsync();

        var response = await browser.SendAsync(Outreach(township, "cross-site", request => request.Headers.Add(header, value)));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_cookie_write_from_the_hosts_own_page_goes_through()
    {
        var (browser, _) = await Browser.NewUserAsync(app);
        var (township, _) = await app.CreateClient().TownshipWithSchoolAsync();

        var response = await browser.SendAsync(Outreach(township, "own page", request =>
        {
            request.Headers.Add("Origin", "http://localhost");
            request.Headers.Add("Sec-Fetch-Site", "same-origin");
        }));

        await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_bearer_write_is_not_a_browsers_and_is_not_checked_for_origin()
    {
        var (township, _) = await app.CreateClient().TownshipWithSchoolAsync();

        var response = await app.CreateClient().SendAsync(Outreach(township, "script", request => request.Headers.Add("Origin", Evil)));

        await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_refusal_is_audited_with_the_user_and_the_origin()
    {
        var (browser, userName) = await Browser.NewUserAsync(app);
        using var admin = app.CreateAdminClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(Outreach("T-ANY", "cross-site", request => request.Headers.Add("Origin", Evil)))).StatusCode);

        var entry = Assert.Single(await admin.AuditEntriesAsync($"user={userName}&module=Host"));
        Assert.Equal("Refused", entry["outcome"]!.GetValue<string>());
        Assert.Contains(Evil, entry["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboards_trigger_from_another_site_or_without_its_antiforgery_token_is_refused_and_the_in_page_one_works()
    {
        using var browser = await Browser.SignInAsync(app, EduReliefApp.AdminUser, EduReliefApp.AdminPassword);
        var token = await browser.DashboardTokenAsync("/hangfire/recurring");
        using var admin = app.CreateAdminClient();
        var before = await LedgerRefreshRuns.LastRunAsync(admin);

        Assert.Equal(HttpStatusCode.Forbidden, await browser.TriggerOnDashboardAsync(token: null, origin: Evil));
        Assert.Equal(HttpStatusCode.Forbidden, await browser.TriggerOnDashboardAsync(token: null));
        Assert.Equal(before, await LedgerRefreshRuns.LastRunAsync(admin));

        Assert.Equal(HttpStatusCode.NoContent, await browser.TriggerOnDashboardAsync(token, origin: "http://localhost"));
        await LedgerRefreshRuns.WaitForRunAfterAsync(admin, before);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_SameSite_Strict_and_Secure_over_https()
    {
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        anonymous.DefaultRequestHeaders.Authorization = null;

        var response = await anonymous.PostAsJsonAsync($"{AccessApi.Login}?useCookies=true", new { userName = EduReliefApp.AdminUser, password = EduReliefApp.AdminPassword });

        response.EnsureSuccessStatusCode();
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Outreach(string townshipCode, string kind, Action<HttpRequestMessage> from)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SubsidiesApi.Outreach)
        {
            Content = JsonContent.Create(new { date = "2025-03-01", townshipCode, kind, participants = 10, materials = 20 }),
        };
        from(request);
        return request;
    }

    private static FormUrlEncodedContent Trigger() => new([new("jobs[]", LedgerRefreshRuns.JobId)]);
}
