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

    [Fact]
    public async Task The_order_class_and_adult_training_pages_list_their_records_with_export_and_the_menu_links_them()
    {
        var (township, _, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var orderClass = await _officer.OrderClassAsync(specialty, 12, employer: "县家政服务公司");
        var course = TestIds.Code("AC");
        await (await _officer.PostCourseAsync(course, township, VocationalApi.DaysAgo(60), VocationalApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.AdmitAsync(course, TestIds.NationalId(new DateOnly(1986, 2, 2)), "中式面点师（五级）")).ShouldBeAsync(HttpStatusCode.Created);
        var (browser, _) = await Browser.NewUserAsync(app);

        var classes = await PageAsync(browser, $"/vocational/order-classes?year={SpecialNeeds.SpecialNeedsApi.Today.Year}");
        var courses = await PageAsync(browser, "/vocational/adult-courses");
        var trainees = await PageAsync(browser, $"/vocational/adult-trainees?courseCode={course}");

        Assert.Contains(orderClass, classes, StringComparison.Ordinal);
        Assert.Contains(course, courses, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"course-form\"", courses, StringComparison.Ordinal);
        Assert.Contains("中式面点师（五级）", trainees, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trainee-form\"", trainees, StringComparison.Ordinal);
        Assert.All(new[] { classes, courses, trainees }, html => Assert.Contains("data-testid=\"export-xlsx\"", html, StringComparison.Ordinal));
        var menu = await PageAsync(browser, "/");
        Assert.All(new[] { "vocational/order-classes", "vocational/adult-courses", "vocational/adult-trainees" }, href => Assert.Contains(href, menu, StringComparison.Ordinal));
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }
}
