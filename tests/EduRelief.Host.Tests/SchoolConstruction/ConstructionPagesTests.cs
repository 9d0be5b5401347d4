using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Security;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>The console's construction pages, prerendered for a browser signed in with the cookie, show what the API gives.</summary>
[Collection(HostCollection.Name)]
public sealed class ConstructionPagesTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_buildings_D_list_the_project_and_the_figures_pages_render_the_records()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var building = await _officer.BuildingAsync(school, floorArea: 432.1m);
        await _officer.AppraiseAsync(building, ConstructionApi.DaysAgo(20), "D");
        var project = await _officer.ProjectAsync(school, "DangerousBuildingRemoval", removesBuildingIds: [building]);
        await (await _officer.SpendAsync(project, 12_345.67m, ConstructionApi.DaysAgo(2))).ShouldBeAsync(HttpStatusCode.Created);
        var (browser, _) = await Browser.NewUserAsync(app);

        var buildings = await PageAsync(browser, "/school-construction/buildings");
        Assert.Contains("校舍与鉴定", buildings, StringComparison.Ordinal);
        var projectPage = await PageAsync(browser, $"/school-construction/projects?code={project}");
        Assert.Contains("data-testid=\"project-title\"", projectPage, StringComparison.Ordinal);
        Assert.Contains("12,345.67", projectPage, StringComparison.Ordinal);
        var figures = await PageAsync(browser, "/school-construction/figures");
        Assert.Contains("建设成效", figures, StringComparison.Ordinal);
        Assert.Contains("432.10", figures, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-chart\"", figures, StringComparison.Ordinal);
        Assert.Contains("12,345.67", await PageAsync(browser, $"/school-construction/spending?year={ConstructionApi.Today.AddDays(-2).Year}"), StringComparison.Ordinal);
        Assert.Contains("学校设施台账", await PageAsync(browser, "/school-construction/facilities"), StringComparison.Ordinal);
        Assert.Contains("school-construction/figures", await PageAsync(browser, "/"), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }
}
