using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Security;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>The console's special-needs pages, prerendered for a browser signed in with the cookie, show what the API gives.</summary>
[Collection(HostCollection.Name)]
public sealed class SpecialNeedsPagesTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_register_import_plan_and_figures_pages_render_and_the_menu_links_them()
    {
        var township = await _officer.TownshipAsync();
        var child = await _officer.ChildAsync(township, category: "Speech");
        var (browser, _) = await Browser.NewUserAsync(app);

        var register = await PageAsync(browser, "/special-needs/children");
        Assert.Contains("残疾儿童名册", register, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"export-csv\"", register, StringComparison.Ordinal);
        var import = await PageAsync(browser, "/special-needs/imports");
        Assert.Contains("data-testid=\"children-dry-run\"", import, StringComparison.Ordinal);
        Assert.Contains("id=\"children-file\"", import, StringComparison.Ordinal);
        Assert.Contains("special-needs/imports", register, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"mismatch-table\"", await PageAsync(browser, "/special-needs/mismatches"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plan-form\"", await PageAsync(browser, "/special-needs/plans/new"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-chart\"", await PageAsync(browser, "/special-needs/figures"), StringComparison.Ordinal);
        Assert.Contains("special-needs/figures", await PageAsync(browser, "/"), StringComparison.Ordinal);
        Assert.NotNull(child["id"]);
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }
}
