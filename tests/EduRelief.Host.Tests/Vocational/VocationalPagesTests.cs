using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Security;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>The console's vocational pages, prerendered for a browser signed in with the cookie, show what the API gives.</summary>
[Collection(HostCollection.Name)]
public sealed class VocationalPagesTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_students_enrolment_and_figures_pages_render_and_the_menu_links_them()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, _, enrolment) = await _officer.EnrolledAsync(school, specialty);
        var (browser, _) = await Browser.NewUserAsync(app);

        var students = await PageAsync(browser, $"/vocational/enrolments?enrolledIn={SpecialNeeds.SpecialNeedsApi.Today.Year}");
        Assert.Contains("data-testid=\"enrolments-table\"", students, StringComparison.Ordinal);
        Assert.Contains(enrolment["name"]!.GetValue<string>(), students, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"export-csv\"", students, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"enrolment-form\"", await PageAsync(browser, "/vocational/enrolments/new"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-chart\"", await PageAsync(browser, "/vocational/figures"), StringComparison.Ordinal);
        Assert.Contains("vocational/figures", await PageAsync(browser, "/"), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }
}
