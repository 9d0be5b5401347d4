using System.Globalization;
using System.Net.Http.Json;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class TeacherSupportFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_teacher_is_added_with_a_field_error_first_trained_paid_on_this_months_roll_and_recorded_leaving()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var course = CountySeed.Code("C");
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        (await api.PostAsJsonAsync("/api/teacher-support/courses", new { code = course, name = "国培计划", kind = "National", startsOn = today.AddDays(-3), endsOn = today.AddDays(-1), hours = 24 })).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync("/api/teacher-support/allowance-tiers", new { effectiveFrom = today.AddYears(-2), tiers = new[] { new { schoolCodes = new[] { school }, monthly = 450m } } })).EnsureSuccessStatusCode();
        var nationalId = CountySeed.NationalId(new DateOnly(1992, 3, 8));
        var wrong = nationalId[..17] + (nationalId[17] == '1' ? '2' : '1');

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/teacher-support/teachers/new");
            await page.WaitForCircuitAsync();
            await page.FillAsync("#nationalId", wrong);
            await page.FillAsync("#name", "赵老师");
            await page.FillAsync("#schoolCode", school);
            await page.FillAsync("#subject", "语文");
            await page.FillAsync("#hiredOn", today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("teacher-save").ClickAsync();
            await Expect(page.Locator("[data-field=nationalId]")).ToContainTextAsync("校验码");
            await page.ScreenshotAsync("teacher-refused");
            await page.FillAsync("#nationalId", nationalId);
            await page.GetByTestId("teacher-save").ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/teacher-support/teachers\\?created="));
            await page.WaitForCircuitAsync();
            await page.GetByTestId("teachers-school").FillAsync(school);
            await page.GetByTestId("teachers-search").ClickAsync();
            await Expect(page.GetByTestId("teacher-row")).ToContainTextAsync("赵老师");

            await page.GotoAsync("/teacher-support/training");
            await page.WaitForCircuitAsync();
            await page.FillAsync("#courseCode", course);
            await page.FillAsync("#nationalIds", nationalId + "\n" + nationalId);
            await page.GetByTestId("attendance-save").ClickAsync();
            await Expect(page.GetByTestId("attendance-result")).ToContainTextAsync("新增 1 人次");

            await page.GotoAsync("/teacher-support/allowance");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("roll-compute").ClickAsync();
            await Expect(page.GetByTestId("roll-summary")).ToContainTextAsync("待审核");
            await Expect(page.GetByTestId("roll-table")).ToContainTextAsync("450.00");

            await page.GotoAsync("/teacher-support/teachers");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("teachers-school").FillAsync(school);
            await page.GetByTestId("teachers-search").ClickAsync();
            await page.GetByTestId("teacher-depart").ClickAsync();
            await page.FillAsync("#lastDay", today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("departure-save").ClickAsync();
            await Expect(page.Locator("[data-field=lastDay]")).ToContainTextAsync("晚于今天");
            await page.FillAsync("#lastDay", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("departure-save").ClickAsync();
            await Expect(page.GetByTestId("teacher-row")).ToContainTextAsync("离岗");
            await Expect(page.GetByTestId("departure-form")).ToHaveCountAsync(0);

            await page.GotoAsync("/teacher-support/figures");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("figures-chart")).ToBeVisibleAsync();
        }
        finally
        {
            await page.ScreenshotAsync("teacher-support-figures");
            await page.Context.CloseAsync();
        }
    }
}
