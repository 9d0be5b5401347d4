using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class DropoutControlFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_case_opened_after_a_field_error_is_persuaded_noticed_and_returned_and_the_student_file_shows_its_steps()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        var nationalId = CountySeed.NationalId(today.AddYears(-11));
        var studentId = await api.StudentAsync(school, nationalId, CountySeed.Name("龙小花"));

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/dropout-control/cases/new");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("case-nationalId").FillAsync(nationalId);
            await page.GetByTestId("case-detectedBy").FillAsync("班主任 孙");
            await page.GetByTestId("case-reason-Learning").CheckAsync();
            await page.GetByTestId("case-owners.government.county").FillAsync("县长 张");
            await page.GetByTestId("case-owners.education.classTeacher").FillAsync("班主任 孙");
            await page.GetByTestId("case-save").ClickAsync();
            await Expect(page.Locator("[data-field='owners.government.village']")).ToBeVisibleAsync();
            await page.ScreenshotAsync("dropout-case-refused");
            await page.GetByTestId("case-owners.government.township").FillAsync("乡长 李");
            await page.GetByTestId("case-owners.government.village").FillAsync("村主任 王");
            await page.GetByTestId("case-owners.education.bureau").FillAsync("教育局 赵");
            await page.GetByTestId("case-owners.education.school").FillAsync("校长 钱");
            await page.GetByTestId("case-save").ClickAsync();
            await Expect(page.GetByTestId("case-stage")).ToContainTextAsync("疑似辍学");

            await page.GetByTestId("attempt-by").FillAsync("班主任 孙");
            await page.GetByTestId("attempt-method").FillAsync("家访");
            await page.GetByTestId("attempt-result").FillAsync("家长同意送孩子返校");
            await page.GetByTestId("attempt-save").ClickAsync();
            await Expect(page.GetByTestId("attempt-row")).ToContainTextAsync("家访");
            await page.GetByTestId("notice-save").ClickAsync();
            await Expect(page.GetByTestId("case-notice")).ToContainTextAsync("前返校");
            await page.GetByTestId("close-schoolCode").FillAsync(school);
            await page.GetByTestId("close-save").ClickAsync();
            await Expect(page.GetByTestId("case-stage")).ToContainTextAsync("复学观察");
            await page.ScreenshotAsync("dropout-case-returned");

            // The steps reach the student file through the outbox, so the file is read again until they are there.
            for (var tries = 0; tries < 30; tries++)
            {
                await page.GotoAsync($"/registry/students/{studentId}/file");
                await page.WaitForCircuitAsync();
                if ((await page.GetByTestId("file-timeline").InnerTextAsync()).Contains("劝返复学", StringComparison.Ordinal))
                {
                    break;
                }

                await Task.Delay(500);
            }

            var timeline = page.GetByTestId("file-timeline");
            await Expect(timeline).ToContainTextAsync("劝返复学");
            await Expect(timeline).ToContainTextAsync("劝返：家访");
            await Expect(timeline).ToContainTextAsync("限期返校通知书");
        }
        finally
        {
            await page.ScreenshotAsync("dropout-student-file");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_measure_planned_on_the_case_reaches_each_referral_page_and_the_row_leads_back_to_the_case()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        var nationalId = CountySeed.NationalId(today.AddYears(-13));
        var name = CountySeed.Name("吴小兵");
        await api.StudentAsync(school, nationalId, name);
        var caseId = await OpenCaseAsync(api, nationalId, today);
        var plan = $"/api/dropout-control/cases/{caseId}/plan";
        (await api.PostAsJsonAsync(plan, new { kind = "AidReferral", aidReview = "ExclusionReview", description = "复核生活补助", responsible = "资助中心 周", dueOn = today.AddDays(20) }))
            .EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync(plan, new { kind = "HomeDeliveredTeaching", description = "评估后每周送教两次", responsible = "特教老师 郑", dueOn = today.AddDays(25) }))
            .EnsureSuccessStatusCode();

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync($"/dropout-control/cases/{caseId}");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("measure-kind").SelectOptionAsync("VocationalRoute");
            await page.GetByTestId("measure-description").FillAsync("联系县职校电子商务专业");
            await page.GetByTestId("measure-responsible").FillAsync("职校招生办 冯");
            await page.GetByTestId("measure-save").ClickAsync();
            await Expect(page.GetByTestId("measure-row").Filter(new() { HasText = "联系县职校电子商务专业" })).ToBeVisibleAsync();

            foreach (var (route, measure) in new[]
            {
                ("/subsidies/referrals", "复核不予资助"), ("/vocational/referrals", "联系县职校电子商务专业"), ("/special-needs/referrals", "评估后每周送教两次"),
            })
            {
                // The referral reaches its module through the outbox, so the page is opened again until it is there.
                var row = await RowOnceReferredAsync(page, $"{route}?schoolCode={school}");
                await Expect(row).ToContainTextAsync(name);
                await Expect(row).ToContainTextAsync(measure);
                await Expect(row).ToContainTextAsync("厌学或学习困难");
                await Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new Regex($"api{Regex.Escape(route)}\\?schoolCode={school}&format=csv"));
                await page.ScreenshotAsync("referrals" + route.Replace('/', '-'));
                await row.GetByTestId("referral-case").ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex($"dropout-control/cases/{caseId}$"));
                await Expect(page.GetByTestId("case-summary")).ToContainTextAsync(name);
            }
        }
        finally
        {
            await page.ScreenshotAsync("referrals-case");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_risk_page_lists_a_left_behind_disabled_student_with_no_placement_with_both_signals_once_the_job_has_run()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today;
        var nationalId = CountySeed.NationalId(today.AddYears(-9).AddDays(-10));
        var name = CountySeed.Name("蒙小雨");
        var registered = await api.PostAsJsonAsync("/api/registry/students", new
        {
            nationalId, name, schoolCode = school, grade = 3, boarding = false, categories = Array.Empty<string>(), leftBehind = true,
            disability = new { category = "Hearing", grade = 2 }, enrolledOn = "2021-09-01",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        using var admin = await console.Host.ApiAsAsync(ConsoleHost.AdminUser, ConsoleHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/admin/jobs/dropout-control:risk-scores/trigger", null)).StatusCode);
        await ScoredAsync(api, school, nationalId);

        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync($"/dropout-control/risk?schoolCode={school}");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("risk-school")).ToHaveValueAsync(school);
            var row = page.GetByTestId("risk-row").Filter(new() { HasText = name });
            await Expect(row).ToContainTextAsync(nationalId);
            await Expect(row).ToContainTextAsync("留守儿童");
            await Expect(row).ToContainTextAsync("残疾未安置");
            // The default weights: left behind 15, disabled with no school placement 25.
            await Expect(row.Locator("td").First).ToHaveTextAsync("40");
            await Expect(page.GetByTestId("risk-total")).ToContainTextAsync("共 1 人");

            await page.GetByTestId("risk-signal").SelectOptionAsync("OverAge");
            await page.GetByTestId("risk-search").ClickAsync();
            await Expect(page.GetByTestId("risk-row")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.ScreenshotAsync("dropout-risk");
            await page.Context.CloseAsync();
        }
    }

    private static async Task<string> OpenCaseAsync(HttpClient api, string nationalId, DateOnly today)
    {
        var opened = await api.PostAsJsonAsync("/api/dropout-control/cases", new
        {
            nationalId, detectedOn = today.AddDays(-30), detectedBy = "班主任 孙", stage = "Confirmed", reasons = new[] { "Learning" },
            owners = new
            {
                government = new { county = "县长 张", township = "乡长 李", village = "村主任 王" },
                education = new { bureau = "教育局 赵", school = "校长 钱", classTeacher = "班主任 孙" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<ILocator> RowOnceReferredAsync(IPage page, string url)
    {
        for (var tries = 0; tries < 30; tries++)
        {
            await page.GotoAsync(url);
            await page.WaitForCircuitAsync();
            if (await page.GetByTestId("referral-row").CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(500);
        }

        return page.GetByTestId("referral-row");
    }

    /// <summary>Waits for the triggered job's score: the risk list has the student once the run is done.</summary>
    private static async Task ScoredAsync(HttpClient api, string school, string nationalId)
    {
        for (var tries = 0; tries < 60; tries++)
        {
            var risk = await api.GetFromJsonAsync<JsonObject>($"/api/dropout-control/risk?schoolCode={school}");
            if (risk!["items"]!.AsArray().Any(r => r!["nationalId"]!.GetValue<string>() == nationalId))
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"the risk-scores job did not score {nationalId} at {school}");
    }
}
