using System.Net.Http.Json;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ReportingFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_township_officer_sees_their_townships_figures_on_the_dashboard_and_in_the_printable_summary()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (township, _) = await api.TownshipWithSchoolAsync();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        (await api.PostAsJsonAsync("/api/subsidies/outreach", new { date = today, townshipCode = township, kind = "政策宣讲会", participants = 60, materials = 700 })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/subsidies/outreach", new { date = today.AddYears(-1), townshipCode = township, kind = "发放明白纸", participants = 0, materials = 200 })).EnsureSuccessStatusCode();
        var local = await console.Host.UserAsync(Roles.TownshipOfficer, townships: [township]);

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(local, ConsoleHost.UserPassword);
            await page.GotoAsync("/reporting");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("figure-outreachMaterials-value")).ToHaveTextAsync("700份");
            await Expect(page.GetByTestId("figure-aidDisbursed-value")).ToHaveTextAsync("0元");
            await Expect(page.GetByTestId("summary-rates")).ToBeVisibleAsync();
            await page.GetByTestId("breakdown-figure").SelectOptionAsync("outreachMaterials");
            await page.GetByTestId("breakdown-load").ClickAsync();
            await Expect(page.GetByTestId("breakdown-chart")).ToContainTextAsync("700");
            await Expect(page.GetByTestId("figure-outreachMaterials-previous")).ToHaveTextAsync("上年 200份");
            await page.GetByTestId("trend-figure").SelectOptionAsync("outreachMaterials");
            await page.GetByTestId("trend-load").ClickAsync();
            await Expect(page.GetByTestId("trend-chart")).ToContainTextAsync($"{today.Year - 1}200");
            await Expect(page.GetByTestId("trend-chart")).ToContainTextAsync($"{today.Year}700");
            await page.ScreenshotAsync("reporting-dashboard");
            // Outreach is kept by township: at the township's school it is none.
            await page.GetByTestId("breakdown-by").SelectOptionAsync("school");
            await page.GetByTestId("breakdown-load").ClickAsync();
            await Expect(page.GetByTestId("breakdown-chart")).ToContainTextAsync("0");
            await Expect(page.GetByTestId("breakdown-chart")).Not.ToContainTextAsync("700");

            await page.GetByTestId("figure-outreachMaterials-records").ClickAsync();
            await Expect(page.GetByTestId("records-value")).ToHaveTextAsync("700份");
            await Expect(page.GetByTestId("records-table")).ToContainTextAsync("政策宣讲会");
            await Expect(page.GetByTestId("records-table").Locator("tbody tr")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("records-table")).ToContainTextAsync("发放资料（份）");
            await page.ScreenshotAsync("reporting-records");
            await page.GetByTestId("records-back").ClickAsync();
            await page.WaitForCircuitAsync();

            await page.GetByTestId("summary-document").ClickAsync();
            await Expect(page.GetByTestId("summary-document-text")).ToContainTextAsync($"{today.Year}年教育扶贫工作总结");
            await Expect(page.GetByTestId("summary-document-text")).ToContainTextAsync("发放宣传资料700份");
        }
        finally
        {
            await page.ScreenshotAsync("reporting-document");
            await page.Context.CloseAsync();
        }
    }
}
