using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ConstructionFlowTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_dangerous_building_is_appraised_D_removed_by_a_project_spent_within_its_budget_and_leaves_the_D_list()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        var team = await console.Host.UserAsync(Roles.ModuleStaff, modules: ["SchoolConstruction"]);
        using var api = await console.Host.ApiAsAsync(officer, ConsoleHost.UserPassword);
        var (township, school) = await api.TownshipWithSchoolAsync();
        var project = CountySeed.Code("P");
        var today = console.Host.Services.GetRequiredService<CountyClock>().Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await console.NewPageAsync();
        var township_ = await console.NewPageAsync();
        try
        {
            // The module team registers the building; a zero area is refused under its field.
            await page.SignedInAsync(team, ConsoleHost.UserPassword);
            await page.GotoAsync("/school-construction/buildings");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("register-building").ClickAsync();
            await page.FillAsync("#building-school", school);
            await page.FillAsync("#building-name", "东教学楼");
            await page.FillAsync("#building-area", "0");
            await page.FillAsync("#building-year", "1978");
            await page.FillAsync("#building-structure", "砖木");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.Locator("[data-field=floorArea]")).ToContainTextAsync("必须大于 0");
            await page.FillAsync("#building-area", "640.5");
            await page.GetByTestId("save").ClickAsync();
            await page.FillAsync("#buildings-school", school);
            await page.GetByTestId("buildings-search").ClickAsync();
            var row = page.GetByTestId("building-row").Filter(new() { HasText = "东教学楼" });
            await Expect(row).ToContainTextAsync("640.50");

            // Appraised D, it is closed and on the D list.
            await row.GetByTestId("appraise").ClickAsync();
            await page.Locator("#appraisal-grade").SelectOptionAsync("D");
            await page.FillAsync("#appraisal-by", "县房屋安全鉴定站");
            await page.FillAsync("#appraisal-report", "JD-" + project);
            await page.GetByTestId("save").ClickAsync();
            await Expect(row).ToContainTextAsync("D 级危房，停止使用");
            await page.ScreenshotAsync("construction-d-list");

            // A removal project names it; spending beyond the budget is refused until the budget is revised.
            await page.GotoAsync("/school-construction/projects");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("plan-project").ClickAsync();
            await page.FillAsync("#project-code", project);
            await page.FillAsync("#project-name", "东教学楼危房拆除重建");
            await page.FillAsync("#project-school", school);
            await page.Locator("#project-school").BlurAsync();
            await page.Locator("#project-type").SelectOptionAsync("DangerousBuildingRemoval");
            await page.FillAsync("#project-budget-Central", "500000");
            await page.FillAsync("#project-seats", "0");
            await page.FillAsync("#project-start", today);
            await page.FillAsync("#project-end", today);
            await page.GetByTestId("project-removes").GetByText("东教学楼").CheckAsync();
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("project-title")).ToContainTextAsync(project);
            await page.FillAsync("#spending-amount", "600000");
            await page.FillAsync("#spending-purpose", "拆除及主体工程");
            await page.GetByTestId("spend").ClickAsync();
            await Expect(page.Locator("[data-field=amount]")).ToContainTextAsync("超出当前预算");
            await page.GetByTestId("revise-budget").ClickAsync();
            await page.FillAsync("#revise-budget-County", "200000");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("project-budget")).ToContainTextAsync("700,000.00");
            await page.GetByTestId("spend").ClickAsync();
            await Expect(page.GetByTestId("project-spending")).ToContainTextAsync("600,000.00");

            // Moved forward to completion, the project demolishes the building.
            foreach (var next in new[] { "已立项", "在建", "已竣工" })
            {
                if (next == "已竣工")
                {
                    await page.FillAsync("#move-seats", "0");
                }

                await page.GetByTestId("move").ClickAsync();
                await Expect(page.GetByTestId("project-moves")).ToContainTextAsync(next);
            }

            await page.ScreenshotAsync("construction-project");
            await page.GotoAsync("/school-construction/buildings?dList=true");
            await page.WaitForCircuitAsync();
            await page.FillAsync("#buildings-school", school);
            await page.GetByTestId("buildings-search").ClickAsync();
            await Expect(page.GetByTestId("buildings-table")).Not.ToContainTextAsync("东教学楼");

            // The township reads its year: the spending invested and no D-grade area left.
            var townshipOfficer = await console.Host.UserAsync(Roles.TownshipOfficer, townships: [township]);
            await township_.SignedInAsync(townshipOfficer, ConsoleHost.UserPassword);
            await township_.GotoAsync("/school-construction/figures");
            await township_.WaitForCircuitAsync();
            await Expect(township_.GetByTestId("figures")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"建设投入（元）\s*600,000\s*\.00"));
            await Expect(township_.GetByTestId("figures-dgrade")).Not.ToContainTextAsync("东教学楼");
        }
        finally
        {
            await township_.ScreenshotAsync("construction-figures");
            await page.Context.CloseAsync();
            await township_.Context.CloseAsync();
        }
    }
}
