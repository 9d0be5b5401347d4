using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Security;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>The console's teacher pages, prerendered for a browser signed in with the cookie, show what the API gives.</summary>
[Collection(HostCollection.Name)]
public sealed class TeacherPagesTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_teachers_training_allowance_and_figures_pages_render_the_records()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.TeacherAsync(school, hiredOn: "2010-09-01");
        var course = await _officer.CourseAsync(TeacherApi.DaysAgo(3), TeacherApi.DaysAgo(1), "National");
        var (browser, _) = await Browser.NewUserAsync(app);

        var teachers = await PageAsync(browser, $"/teacher-support/teachers");
        Assert.Contains("教师名单", teachers, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"export-csv\"", teachers, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"teacher-form\"", await PageAsync(browser, "/teacher-support/teachers/new"), StringComparison.Ordinal);
        Assert.Contains(course, await PageAsync(browser, "/teacher-support/training"), StringComparison.Ordinal);
        Assert.Contains("乡村教师生活补助", await PageAsync(browser, "/teacher-support/allowance"), StringComparison.Ordinal);
        var figures = await PageAsync(browser, "/teacher-support/figures");
        Assert.Contains("data-testid=\"figures-chart\"", figures, StringComparison.Ordinal);
        Assert.Contains("teacher-support/figures", await PageAsync(browser, "/"), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }
}
