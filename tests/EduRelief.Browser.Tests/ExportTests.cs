using EduRelief.SharedKernel.Identity;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ExportTests(ConsoleFixture console)
{
    [Fact]
    public async Task The_excel_export_of_the_student_list_opens_and_holds_what_the_list_shows()
    {
        var county = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(county, ConsoleHost.UserPassword);
        var (township, school) = await api.TownshipWithSchoolAsync();
        string[] names = [CountySeed.Name("陈"), CountySeed.Name("林"), CountySeed.Name("黄")];
        foreach (var name in names)
        {
            await api.StudentAsync(school, CountySeed.NationalId(), name);
        }

        var officer = await console.Host.UserAsync(Roles.TownshipOfficer, townships: [township]);
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/registry/students");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("student-table")).ToContainTextAsync(names[0]);

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());

            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var rows = MiniExcel.Query(path, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(names.Order(StringComparer.Ordinal), rows.Select(r => (string)r["姓名"]!).Order(StringComparer.Ordinal));
            // A township officer's file is masked as their list is.
            Assert.All(rows, r => Assert.Matches("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$", (string)r["身份证号"]!));
        }
        finally
        {
            await page.ScreenshotAsync("student-export");
            await page.Context.CloseAsync();
        }
    }
}
