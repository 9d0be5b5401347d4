using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Security;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// The console's administration pages, read as a browser reads their first (prerendered) HTML: county IT sees them
/// and their menu; a county officer sees neither, and a page for administrators does not render for them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AdminPagesTests(EduReliefApp app)
{
    private static readonly string[] AdminMenu = ["用户管理", "审计日志", "模块管理", "定时任务"];

    [Theory]
    [InlineData("/access/users", "users-table", "create-user")]
    [InlineData("/access/audit", "audit-table", "export-csv")]
    [InlineData("/admin/modules", "modules-table", "module-state")]
    [InlineData("/admin/jobs", "jobs-table", "job-last-result")]
    [InlineData("/", "home-jobs", "job-last-result")]
    public async Task Each_admin_page_renders_for_the_admin(string page, string table, string element)
    {
        using var browser = await Browser.SignInAsync(app, EduReliefApp.AdminUser, EduReliefApp.AdminPassword);

        var html = await PageAsync(browser, page);

        Assert.Contains($"data-testid=\"{table}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"{element}\"", html, StringComparison.Ordinal);
        Assert.All(AdminMenu, entry => Assert.Contains(entry, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_users_page_lists_the_users_with_their_roles_and_the_jobs_page_its_jobs()
    {
        using var browser = await Browser.SignInAsync(app, EduReliefApp.AdminUser, EduReliefApp.AdminPassword);

        Assert.Contains(EduReliefApp.AdminUser, await PageAsync(browser, "/access/users"), StringComparison.Ordinal);
        Assert.Contains(LedgerRefreshRuns.JobId, await PageAsync(browser, "/admin/jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_reads_users_and_the_audit_log_but_gets_no_write_buttons_and_no_job_pages()
    {
        var (browser, _) = await Browser.NewUserAsync(app, Roles.Auditor);
        using (browser)
        {
            var users = await PageAsync(browser, "/access/users");
            Assert.Contains("data-testid=\"users-table\"", users, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"create-user\"", users, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"edit-access\"", users, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"lock-user\"", users, StringComparison.Ordinal);
            Assert.DoesNotContain("模块管理", users, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"audit-table\"", await PageAsync(browser, "/access/audit"), StringComparison.Ordinal);
            await AssertNotRenderedAsync(browser, "/admin/jobs", "jobs-table");
        }
    }

    [Fact]
    public async Task A_county_officer_sees_no_admin_menu_and_the_admin_pages_do_not_render_for_them()
    {
        var (browser, _) = await Browser.NewUserAsync(app, Roles.CountyOfficer);
        using (browser)
        {
            var home = await PageAsync(browser, "/");

            Assert.All(AdminMenu, entry => Assert.DoesNotContain(entry, home, StringComparison.Ordinal));
            Assert.DoesNotContain("data-testid=\"home-jobs\"", home, StringComparison.Ordinal);
            Assert.Contains("接口文档", home, StringComparison.Ordinal);
            await AssertNotRenderedAsync(browser, "/admin/jobs", "jobs-table");
            await AssertNotRenderedAsync(browser, "/admin/modules", "modules-table");
            await AssertNotRenderedAsync(browser, "/access/users", "users-table");
            Assert.Contains("data-testid=\"problem\"", await PageAsync(browser, "/access/users"), StringComparison.Ordinal);
            await AssertNotRenderedAsync(browser, "/access/audit", "audit-table");
        }
    }

    [Fact]
    public async Task The_api_reference_loads_everything_from_this_host_for_a_signed_in_user_only()
    {
        var (browser, _) = await Browser.NewUserAsync(app, Roles.CountyOfficer);
        using (browser)
        {
            var response = await browser.GetAsync("/scalar/");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/scalar/scalar.js")).StatusCode);
        }

        using var anonymous = app.CreateAnonymousClient();
        var turnedAway = await anonymous.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.Redirect, turnedAway.StatusCode);
        Assert.StartsWith("/login?returnUrl=", turnedAway.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/scalar/scalar.js")).StatusCode);
    }

    private static async Task<string> PageAsync(HttpClient browser, string page)
    {
        var response = await browser.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    /// <summary>The page is not shown: the console sends the caller away (to sign in as someone allowed) or renders no list.</summary>
    private static async Task AssertNotRenderedAsync(HttpClient browser, string page, string table)
    {
        var response = await browser.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode != HttpStatusCode.OK || !html.Contains($"data-testid=\"{table}\"", StringComparison.Ordinal), $"{page} rendered its list");
    }
}
