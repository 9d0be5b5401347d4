using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
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

    [Fact]
    public async Task The_federation_list_is_checked_row_by_row_on_a_dry_run_and_its_good_rows_stored_on_the_register()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (township, _) = await api.TownshipWithSchoolAsync();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        var file = Path.Combine(Path.GetTempPath(), $"federation-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"""
            身份证号,姓名,乡镇代码,村代码,残疾类别,残疾等级,监护人,来源
            {CountySeed.NationalId(today.AddYears(-8))},{CountySeed.Name("周")},{township},,听力,2,周父,县残联
            {CountySeed.NationalId(today.AddYears(-10))},{CountySeed.Name("吴")},{township},,Physical,1,吴母,县残联
            {CountySeed.NationalId(today.AddYears(-9))},{CountySeed.Name("郑")},{township},,失明,5,郑父,县残联

            """, new UTF8Encoding(false));

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/special-needs/imports");
            await page.WaitForCircuitAsync();
            await page.SetInputFilesAsync("#children-file", file);

            await page.GetByTestId("children-dry-run").ClickAsync();
            await Expect(page.GetByTestId("import-result")).ToContainTextAsync("预检：未保存");
            var errors = page.GetByTestId("import-errors").Locator("tbody tr");
            await Expect(errors).ToHaveCountAsync(2);
            await Expect(errors.First.Locator("td").Nth(0)).ToHaveTextAsync("4");
            await Expect(page.GetByTestId("import-errors")).ToContainTextAsync("残疾等级");
            Assert.Equal(0, await RegisteredAsync(api, township));

            await page.GetByTestId("children-commit").ClickAsync();
            await Expect(page.GetByTestId("import-result")).ToContainTextAsync("已保存");
            Assert.Equal(2, await RegisteredAsync(api, township));
        }
        finally
        {
            await page.ScreenshotAsync("special-needs-import");
            await page.Context.CloseAsync();
            File.Delete(file);
        }
    }

    private static async Task<int> RegisteredAsync(HttpClient api, string township) =>
        (await api.GetFromJsonAsync<JsonObject>($"/api/special-needs/children?townshipCode={township}&pageSize=1"))!["total"]!.GetValue<int>();
}
