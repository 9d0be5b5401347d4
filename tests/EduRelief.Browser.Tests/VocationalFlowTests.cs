using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class VocationalFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_registered_poor_student_is_enrolled_after_a_field_error_listed_and_counted_in_the_figures()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var township = CountySeed.Code("VT");
        (await api.PostAsJsonAsync("/api/registry/townships", new { code = township, name = "职教镇" + township })).EnsureSuccessStatusCode();
        var school = CountySeed.Code("VS");
        (await api.PostAsJsonAsync("/api/registry/schools", new { code = school, name = "县职业技术学校", townshipCode = township, stage = "SecondaryVocational", location = "Town", classrooms = 40 })).EnsureSuccessStatusCode();
        var specialty = CountySeed.Code("EC");
        (await api.PostAsJsonAsync("/api/vocational/specialties", new { code = specialty, name = "电子商务", schoolCode = school })).EnsureSuccessStatusCode();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        var nationalId = CountySeed.NationalId(today.AddYears(-16));
        var name = CountySeed.Name("杨小军");
        await api.StudentAsync(school, nationalId, name, "RegisteredPoorHousehold");

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/vocational/enrolments/new");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("enrolment-nationalId").FillAsync(nationalId);
            await page.GetByTestId("enrolment-specialty").FillAsync(specialty);
            await page.GetByTestId("enrolment-save").ClickAsync();
            await Expect(page.Locator("[data-field=enrolledOn]")).ToBeVisibleAsync();
            await page.ScreenshotAsync("vocational-enrolment-refused");
            await page.GetByTestId("enrolment-date").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("enrolment-save").ClickAsync();
            await Expect(page.GetByTestId("enrolment-poor")).ToContainTextAsync("建档立卡贫困户");

            await page.GotoAsync($"/vocational/enrolments?enrolledIn={today.Year}&poor=true");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("enrolments-school").FillAsync(school);
            await page.GetByTestId("enrolments-search").ClickAsync();
            await Expect(page.GetByTestId("enrolment-row")).ToContainTextAsync(name);

            // A link from the order-class page or the figures narrows by class and outcome; the filters show it and clear.
            await page.GotoAsync($"/vocational/enrolments?orderClassCode=NO-SUCH&employed=true");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("enrolments-orderClass")).ToHaveValueAsync("NO-SUCH");
            await Expect(page.GetByTestId("enrolments-employed")).ToHaveValueAsync("true");
            await Expect(page.GetByTestId("enrolment-row")).ToHaveCountAsync(0);
            await page.GetByTestId("enrolments-orderClass").FillAsync(string.Empty);
            await page.GetByTestId("enrolments-employed").SelectOptionAsync(string.Empty);
            await page.GetByTestId("enrolments-school").FillAsync(school);
            await page.GetByTestId("enrolments-search").ClickAsync();
            await Expect(page.GetByTestId("enrolment-row")).ToContainTextAsync(name);

            var course = CountySeed.Code("AC");
            (await api.PostAsJsonAsync("/api/vocational/adult-courses", new { code = course, name = "家政服务员培训", townshipCode = township, trade = "家政服务", startsOn = today.AddDays(-40), endsOn = today.AddDays(-10) })).EnsureSuccessStatusCode();
            var adult = CountySeed.NationalId(today.AddYears(-38));
            await page.GotoAsync($"/vocational/adult-trainees?courseCode={course}");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("trainee-nationalId").FillAsync(adult[..17] + (adult[17] == '0' ? '1' : '0'));
            await page.GetByTestId("trainee-name").FillAsync("王大姐");
            await page.GetByTestId("trainee-certificate").FillAsync("家政服务员（五级）");
            await page.GetByTestId("trainee-save").ClickAsync();
            await Expect(page.Locator("[data-field=nationalId]")).ToBeVisibleAsync();
            await page.GetByTestId("trainee-nationalId").FillAsync(adult);
            await page.GetByTestId("trainee-save").ClickAsync();
            await Expect(page.GetByTestId("trainee-row")).ToContainTextAsync("家政服务员（五级）");
            await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new Regex($"adult-courses/{course}/trainees.*format=csv"));
            await page.ScreenshotAsync("vocational-adult-trainees");

            await page.GotoAsync("/vocational/figures");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("figures-chart")).ToBeVisibleAsync();
        }
        finally
        {
            await page.ScreenshotAsync("vocational-figures");
            await page.Context.CloseAsync();
        }
    }
}
