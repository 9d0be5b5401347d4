using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
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
}
