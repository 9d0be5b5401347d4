using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduRelief.Host.Tests.Access;

/// <summary>The Hangfire dashboard: county IT use it, auditors look at it read-only, everyone else is turned away.</summary>
[Collection(HostCollection.Name)]
public sealed class HangfireDashboardTests(EduReliefApp app)
{
    private const string Dashboard = "/hangfire";

    [Fact]
    public async Task An_anonymous_visitor_gets_401_not_a_redirect()
    {
        using var anonymous = app.CreateAnonymousClient();

        var response = await anonymous.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData(Roles.CountyOfficer)]
    [InlineData(Roles.ModuleStaff)]
    public async Task A_signed_in_user_without_the_right_role_gets_403(string role)
    {
        var (client, _) = role == Roles.ModuleStaff ? app.CreateClientAs(role, modules: ["Registry"]) : app.CreateClientAs(role);

        var response = await client.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_county_officer_gets_403_on_the_dashboards_inner_pages_too()
    {
        var response = await app.CreateClient().GetAsync($"{Dashboard}/recurring");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_with_a_bearer_token_sees_the_dashboard()
    {
        using var admin = app.CreateAdminClient();

        var response = await admin.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_admin_signed_in_with_the_cookie_sees_the_dashboard()
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;
        (await browser.PostAsJsonAsync($"{AccessApi.Login}?useCookies=true", new { userName = EduReliefApp.AdminUser, password = EduReliefApp.AdminPassword })).EnsureSuccessStatusCode();

        var response = await browser.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_auditor_sees_the_dashboard_read_only()
    {
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);
        using var admin = app.CreateAdminClient();

        var auditorPage = await auditor.GetAsync($"{Dashboard}/recurring");
        var adminPage = await admin.GetAsync($"{Dashboard}/recurring");

        Assert.Equal(HttpStatusCode.OK, auditorPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        var auditorHtml = await auditorPage.Content.ReadAsStringAsync();
        var adminHtml = await adminPage.Content.ReadAsStringAsync();
        Assert.Contains("registry:ledger-refresh", auditorHtml, StringComparison.Ordinal);
        // The admin gets the buttons that run or delete jobs; the auditor does not.
        Assert.Contains("recurring/trigger", adminHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("recurring/trigger", auditorHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dashboard_refusal_is_audited_like_any_other_refusal_at_the_gate()
    {
        var (client, userName) = app.CreateClientAs(Roles.CountyOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Dashboard)).StatusCode);

        using var admin = app.CreateAdminClient();
        var entries = await admin.AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=Host");
        var entry = Assert.Single(entries);
        Assert.Equal($"GET {Dashboard}", entry!["action"]!.GetValue<string>());
        Assert.Equal("Refused", entry["outcome"]!.GetValue<string>());
    }
}
