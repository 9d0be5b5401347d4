using System.Globalization;
using System.Net.Http.Json;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SpecialNeedsFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_child_on_the_register_is_placed_by_a_plan_after_a_field_error_and_counted_in_the_figures()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (township, school) = await api.TownshipWithSchoolAsync();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        var nationalId = CountySeed.NationalId(today.AddYears(-9));
        (await api.PostAsJsonAsync("/api/special-needs/children", new
        {
            nationalId, name = "刘小红", townshipCode = township, disabilityCategory = "Hearing", disabilityGrade = 2, guardian = "刘父", source = "县残联",
        })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/special-needs/assessments", new
        {
            nationalId, assessedOn = today.AddDays(-30), category = "Hearing", grade = 2, body = "县残疾儿童教育专家委员会", recommendation = "RegularClass",
        })).EnsureSuccessStatusCode();
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/special-needs/plans/new");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("plan-nationalId").FillAsync(nationalId);
            await page.GetByTestId("plan-mode").SelectOptionAsync("RegularClass");
            await page.GetByTestId("plan-school").FillAsync(school);
            await page.GetByTestId("plan-teacher").FillAsync("陈老师");
            await page.GetByTestId("plan-goals").FillAsync("随班就读，配助听设备");
            await page.GetByTestId("plan-starts").FillAsync(Day(today));
            await page.GetByTestId("plan-review").FillAsync(Day(today.AddMonths(6)));
            await page.GetByTestId("plan-save").ClickAsync();
            await Expect(page.Locator("[data-field=guardianConsentOn]")).ToContainTextAsync("监护人");
            await page.ScreenshotAsync("special-needs-plan-refused");
            await page.GetByTestId("plan-consent").FillAsync(Day(today));
            await page.GetByTestId("plan-save").ClickAsync();
            await Expect(page.GetByTestId("plan-saved")).ToContainTextAsync("随班就读");

            await page.GotoAsync($"/special-needs/children?schoolAgeIn={today.Year}&placement=School");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("children-township").FillAsync(township);
            await page.GetByTestId("children-search").ClickAsync();
            await Expect(page.GetByTestId("child-row")).ToContainTextAsync("刘小红");
            await Expect(page.GetByTestId("child-row")).ToContainTextAsync(school);

            await page.GotoAsync("/special-needs/figures");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("figures-chart")).ToBeVisibleAsync();
        }
        finally
        {
            await page.ScreenshotAsync("special-needs-figures");
            await page.Context.CloseAsync();
        }
    }
}
