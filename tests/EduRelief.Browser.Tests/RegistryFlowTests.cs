using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.SharedKernel.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class RegistryFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_roster_with_a_bad_row_is_previewed_row_by_row_and_its_good_rows_committed()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var good = CountySeed.NationalId();
        var bad = CountySeed.NationalId();
        var wrongCheck = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var file = CountySeed.RosterFile(school, (good, CountySeed.Name("王")), (wrongCheck, CountySeed.Name("李")), (CountySeed.NationalId(), CountySeed.Name("张")));
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/registry/imports");
            await page.WaitForCircuitAsync();
            await page.SetInputFilesAsync("#roster-file", file);

            await page.GetByTestId("roster-dry-run").ClickAsync();
            var errors = page.GetByTestId("import-errors");
            await Expect(errors).ToContainTextAsync("3");
            await Expect(errors).ToContainTextAsync("校验码");
            Assert.Equal(0, await CountAsync(api, $"schoolCode={school}"));

            await Expect(page.GetByTestId("import-result")).ToContainTextAsync("预检：未保存");
            await page.GetByTestId("roster-commit").ClickAsync();
            await Expect(page.GetByTestId("import-result")).ToContainTextAsync("已保存");
            Assert.Equal(2, await CountAsync(api, $"schoolCode={school}"));
        }
        finally
        {
            await page.ScreenshotAsync("roster-import");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_xlsx_roster_with_a_bad_row_shows_that_sheet_row_and_its_good_rows_are_committed()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var bad = CountySeed.NationalId();
        var wrongCheck = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var file = CountySeed.RosterWorkbook(school, (CountySeed.NationalId(), CountySeed.Name("欧阳")), (CountySeed.NationalId(), CountySeed.Name("司马")), (wrongCheck, CountySeed.Name("李")));
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/registry/imports");
            await page.WaitForCircuitAsync();
            await page.SetInputFilesAsync("#roster-file", file);

            await page.GetByTestId("roster-dry-run").ClickAsync();
            var row = page.GetByTestId("import-errors").Locator("tbody tr");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("4");
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("身份证号");
            await Expect(row).ToContainTextAsync("校验码");

            await page.GetByTestId("roster-commit").ClickAsync();
            await Expect(page.GetByTestId("import-result")).ToContainTextAsync("已保存");
            Assert.Equal(2, await CountAsync(api, $"schoolCode={school}"));
        }
        finally
        {
            await page.ScreenshotAsync("roster-import-xlsx");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_roster_saved_by_chinese_excel_in_gb18030_shows_its_names_intact_in_the_student_list()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var name = "欧阳" + CountySeed.Name("娜");
        var file = CountySeed.RosterFileInGb18030(school, (CountySeed.NationalId(), name));
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/registry/imports");
            await page.WaitForCircuitAsync();
            await page.SetInputFilesAsync("#roster-file", file);
            await page.GetByTestId("roster-commit-all").ClickAsync();
            await Expect(page.GetByTestId("import-result")).ToContainTextAsync("已保存");

            await page.GotoAsync($"/registry/students?schoolCode={school}");
            await Expect(page.GetByText(name)).ToBeVisibleAsync();
        }
        finally
        {
            await page.ScreenshotAsync("roster-import-gb18030");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_changed_account_is_refused_with_a_bad_card_number_under_its_field_then_saved_and_shown_in_the_file()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var nationalId = CountySeed.NationalId();
        var student = await api.StudentAsync(school, nationalId, CountySeed.Name("钱"));
        var card = CountySeed.CardFor(CountySeed.NationalId());
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync($"/registry/students/{student}/edit");
            await page.WaitForCircuitAsync();
            await page.FillAsync("#accountNumber", card[..^1] + (char)('0' + ((card[^1] - '0' + 1) % 10)));
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.Locator(".ant-form-item-explain-error", new() { HasTextString = "校验位" })).ToBeVisibleAsync();

            await page.FillAsync("#accountNumber", card);
            await page.FillAsync("#accountBank", "中国邮政储蓄银行");
            await page.GetByTestId("save").ClickAsync();
            await page.WaitForURLAsync($"**/registry/students/{student}/file");
            await Expect(page.GetByTestId("student-account")).ToContainTextAsync($"中国邮政储蓄银行，{card}");
        }
        finally
        {
            await page.ScreenshotAsync("student-account-edit");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Registering_a_student_with_a_wrong_check_character_shows_the_reason_under_the_field()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        var id = CountySeed.NationalId();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/registry/students/new");
            await page.WaitForCircuitAsync();
            await page.FillAsync("#nationalId", wrong);
            await page.FillAsync("#name", CountySeed.Name("赵"));

            await page.GetByTestId("save").ClickAsync();

            await Expect(page.Locator(".ant-form-item-explain-error", new() { HasTextString = "身份证号校验码错误" })).ToBeVisibleAsync();
        }
        finally
        {
            await page.ScreenshotAsync("register-wrong-check");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_student_file_shows_the_student_and_the_timeline_of_their_file()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (_, school) = await api.TownshipWithSchoolAsync();
        var name = CountySeed.Name("陈");
        var student = await api.StudentAsync(school, CountySeed.NationalId(), name, "RegisteredPoorHousehold");
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync($"/registry/students/{student}/file");
            await page.WaitForCircuitAsync();

            await Expect(page.GetByTestId("student-file")).ToContainTextAsync(name);
            await Expect(page.GetByTestId("file-timeline")).ToBeVisibleAsync();
        }
        finally
        {
            await page.ScreenshotAsync("student-file");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_township_officer_sees_only_their_township_and_another_townships_child_is_not_found()
    {
        var county = await console.Host.UserAsync(Roles.CountyOfficer);
        using var api = await console.Host.ApiAsAsync(county, ConsoleHost.UserPassword);
        var (townshipA, schoolA) = await api.TownshipWithSchoolAsync();
        var (_, schoolB) = await api.TownshipWithSchoolAsync();
        var (ours, theirs) = (CountySeed.Name("周"), CountySeed.Name("吴"));
        await api.StudentAsync(schoolA, CountySeed.NationalId(), ours);
        var other = await api.StudentAsync(schoolB, CountySeed.NationalId(), theirs);
        var officer = await console.Host.UserAsync(Roles.TownshipOfficer, townships: [townshipA]);
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            await page.GotoAsync("/registry/students");

            var table = page.GetByTestId("student-table");
            await Expect(table).ToContainTextAsync(ours);
            await Expect(table).Not.ToContainTextAsync(theirs);
            await page.GotoAsync($"/registry/students/{other}/file");
            await Expect(page.GetByTestId("problem")).ToContainTextAsync("未找到");
            await Expect(page.Locator("body")).Not.ToContainTextAsync(theirs);
        }
        finally
        {
            await page.ScreenshotAsync("township-scope");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_administrator_sees_no_student_menu()
    {
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(ConsoleHost.AdminUser, ConsoleHost.AdminPassword);

            var menu = page.Locator(".ant-menu-root");
            await Expect(menu).ToContainTextAsync("系统管理");
            await Expect(menu).Not.ToContainTextAsync("学籍管理");
            await Expect(menu).Not.ToContainTextAsync("学生名册");
            await Expect(menu).Not.ToContainTextAsync("资助管理");
        }
        finally
        {
            await page.ScreenshotAsync("admin-menu");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_auditor_reads_the_registry_but_is_offered_no_page_that_only_writes()
    {
        var auditor = await console.Host.UserAsync(Roles.Auditor);
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(auditor, ConsoleHost.UserPassword);

            var menu = page.Locator(".ant-menu-root");
            await Expect(menu).ToContainTextAsync("学生名册");
            await Expect(menu).Not.ToContainTextAsync("登记学生");
            await Expect(menu).Not.ToContainTextAsync("名册导入");
        }
        finally
        {
            await page.ScreenshotAsync("auditor-menu");
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> CountAsync(HttpClient api, string query) =>
        (await api.GetFromJsonAsync<JsonObject>($"/api/registry/students?{query}&pageSize=1"))!["total"]!.GetValue<int>();
}
