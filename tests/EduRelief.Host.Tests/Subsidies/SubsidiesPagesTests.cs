using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Security;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>
/// The console's Subsidies pages, prerendered for a browser signed in with the cookie, on a Host of their own (every
/// student and batch is the test's, so the first page of each list holds them): they render the data the API gives,
/// and a caller who may not see full national IDs sees them masked, as the API masks them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SubsidiesPagesTests : IDisposable
{
    private const int Year = 2032;
    private readonly EduReliefApp _app = new();

    [Fact]
    public async Task The_batches_list_and_a_batch_page_show_the_batch_with_full_ids_to_the_relief_office()
    {
        var (student, batch) = await SeedAsync();
        var (browser, _) = await Browser.NewUserAsync(_app);

        var list = await PageAsync(browser, "/subsidies/batches");
        Assert.Contains("LivingSubsidy", list, StringComparison.Ordinal);
        Assert.Contains($"{Year}-1", list, StringComparison.Ordinal);
        Assert.Contains($"subsidies/batches/{batch}", list, StringComparison.Ordinal);

        var page = await PageAsync(browser, $"/subsidies/batches/{batch}");
        Assert.Contains("LivingSubsidy", page, StringComparison.Ordinal);
        Assert.Contains($"{Year}-1", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"batch-status\" data-status=\"Draft\"", page, StringComparison.Ordinal);
        Assert.Contains(student.Name, page, StringComparison.Ordinal);
        Assert.Contains(student.NationalId, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_masked_caller_sees_only_masked_ids_on_the_batch_coverage_and_payments_pages()
    {
        var (student, batch) = await SeedAsync();
        var browser = await MaskedStaffAsync();

        foreach (var url in new[] { $"/subsidies/batches/{batch}", $"/subsidies/coverage?year={Year}&programme=LivingSubsidy", "/subsidies/payments" })
        {
            var page = await PageAsync(browser, url);
            Assert.DoesNotContain(student.NationalId[..17], page, StringComparison.Ordinal);
            if (!url.EndsWith("payments", StringComparison.Ordinal))
            {
                Assert.Contains(student.Name, page, StringComparison.Ordinal);
                Assert.Contains(NationalId.Mask(student.NationalId), page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_figures_page_shows_the_years_aid_with_a_chart_and_is_on_the_menu()
    {
        await SeedAsync();
        var (browser, _) = await Browser.NewUserAsync(_app);

        var figures = await PageAsync(browser, "/subsidies/figures");

        Assert.Contains("资助工作成效", figures, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-chart\"", figures, StringComparison.Ordinal);
        Assert.Contains("雨露计划", figures, StringComparison.Ordinal);
        Assert.Contains("subsidies/figures", await PageAsync(browser, "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_another_batch_id_shows_the_not_found_refusal()
    {
        var (browser, _) = await Browser.NewUserAsync(_app);

        var page = await PageAsync(browser, $"/subsidies/batches/{Guid.NewGuid()}");

        Assert.Contains("data-testid=\"problem\"", page, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private async Task<(Student Student, string BatchId)> SeedAsync()
    {
        var officer = _app.CreateClient();
        var (_, school) = await officer.TownshipWithSchoolAsync("Primary", "Rural");
        var student = await officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var batch = await _app.Staff().CreateBatchAsync("LivingSubsidy", $"{Year}-1");
        return (student, batch);
    }

    /// <summary>Subsidies staff: read and change Subsidies data, national IDs masked.</summary>
    private async Task<HttpClient> MaskedStaffAsync()
    {
        var userName = AccessApi.NewUserName("pages");
        using var admin = _app.CreateAdminClient();
        await admin.CreateUserAsync(userName, Roles.ModuleStaff, modules: ["Subsidies"]);
        return await Browser.SignInAsync(_app, userName, EduReliefApp.UserPassword);
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }
}
