using System.Globalization;
using System.Text;
using EduRelief.SharedKernel.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SubsidiesFlowTests(ConsoleFixture console)
{
    /// <summary>A year no other browser test pays for, so this county's coverage is this test's alone.</summary>
    private const int Year = 2031;

    [Fact]
    public async Task A_batch_is_created_refused_to_its_creator_approved_by_a_second_officer_paid_and_covers_every_child()
    {
        var creator = await console.Host.UserAsync(Roles.CountyOfficer);
        var approver = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(creator, ConsoleHost.UserPassword);
        var (township, school) = await api.TownshipWithSchoolAsync();
        var children = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var nationalId = CountySeed.NationalId();
            await api.StudentAsync(school, nationalId, CountySeed.Name("孙"), "RegisteredPoorHousehold");
            children.Add(nationalId);
        }

        var page = await console.NewPageAsync();
        var second = await console.NewPageAsync();
        var township_ = await console.NewPageAsync();
        try
        {
            // The creator makes the batch and may not approve it.
            await page.SignedInAsync(creator, ConsoleHost.UserPassword);
            await page.GotoAsync("/subsidies/batches");
            await page.WaitForCircuitAsync();
            await page.Locator("select#programme").SelectOptionAsync(new SelectOptionValue { Value = "LivingSubsidy" });
            await page.FillAsync("#term", $"{Year}-1");
            await page.GetByTestId("create-batch").ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/subsidies/batches/[0-9a-f-]{36}$"));
            var batchPage = page.Url;
            await page.GetByTestId("approve").ClickAsync();
            await Expect(page.GetByTestId("problem")).ToContainTextAsync("双人复核");
            await page.ScreenshotAsync("batch-refused-to-creator");

            // A second officer approves, downloads the bank file and uploads the bank's answer.
            await second.SignedInAsync(approver, ConsoleHost.UserPassword);
            await second.GotoAsync(batchPage);
            await second.WaitForCircuitAsync();
            await second.GetByTestId("approve").ClickAsync();
            await Expect(second.GetByTestId("batch-status")).ToContainTextAsync("已审批");
            var download = await second.RunAndWaitForDownloadAsync(() => second.GetByTestId("bank-file").ClickAsync());
            var bankFile = await File.ReadAllTextAsync((await download.PathAsync())!);
            var ours = bankFile.Split('\n').Select(l => l.TrimEnd('\r').Split(',')).Where(l => l.Length == 7 && children.Contains(l[1])).ToList();
            Assert.Equal(3, ours.Count);
            Assert.All(ours, l => Assert.Equal(CountySeed.CardFor(l[1]), l[5]));
            var result = Path.Combine(Path.GetTempPath(), $"bank-result-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(result, BankResult(ours), new UTF8Encoding(false));
            await second.SetInputFilesAsync("#bank-result", result);
            await second.GetByTestId("reconcile").ClickAsync();
            await Expect(second.GetByTestId("reconcile-result")).ToContainTextAsync("3");
            await second.ScreenshotAsync("batch-reconciled");

            // The township sees every one of its children paid.
            var officer = await console.Host.UserAsync(Roles.TownshipOfficer, townships: [township]);
            await township_.SignedInAsync(officer, ConsoleHost.UserPassword);
            await township_.GotoAsync($"/subsidies/coverage?year={Year}&programme=LivingSubsidy");
            await Expect(township_.GetByTestId("coverage-chart")).ToContainTextAsync("100%");
        }
        finally
        {
            await township_.ScreenshotAsync("coverage");
            await page.Context.CloseAsync();
            await second.Context.CloseAsync();
            await township_.Context.CloseAsync();
        }
    }

    /// <summary>The bank's answer: every line of the bank file paid, under the reference the bank file gave it, with the file's own headers.</summary>
    private static string BankResult(List<string[]> bankLines)
    {
        var text = new StringBuilder("参考号,身份证号,金额,状态\n");
        foreach (var line in bankLines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line[0]},{line[1]},{line[6]},成功\n");
        }

        return text.ToString();
    }
}
