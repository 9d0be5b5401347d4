using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Buildings and their appraisals: the latest counts, D closes a building and puts it on the D list, overdue ones are listed.</summary>
[Collection(HostCollection.Name)]
public sealed class BuildingTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_D_grade_building_is_closed_and_on_the_D_list_until_a_later_appraisal_grades_it_A_to_C()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.BuildingAsync(school, floorArea: 860.5m);

        await _officer.AppraiseAsync(id, ConstructionApi.DaysAgo(400), "B");
        await _officer.AppraiseAsync(id, ConstructionApi.DaysAgo(200), "D");
        var closed = await _officer.GetBuildingAsync(id);
        Assert.Equal("D", closed["building"].Text("grade"));
        Assert.True(closed["building"].Flag("closed"));
        Assert.Contains(id, await _officer.BuildingIdsAsync($"schoolCode={school}&dList=true"));

        await _officer.AppraiseAsync(id, ConstructionApi.DaysAgo(10), "C");
        var reinforced = await _officer.GetBuildingAsync(id);
        Assert.Equal("C", reinforced["building"].Text("grade"));
        Assert.False(reinforced["building"].Flag("closed"));
        Assert.Equal(860.5m, reinforced["building"].Decimal("floorArea"));
        Assert.Equal(["C", "D", "B"], reinforced["appraisals"]!.AsArray().Select(a => a.Text("grade")));
        Assert.DoesNotContain(id, await _officer.BuildingIdsAsync($"schoolCode={school}&dList=true"));
        Assert.Contains(id, await _officer.BuildingIdsAsync($"schoolCode={school}&grade=C"));
    }

    [Fact]
    public async Task An_older_report_entered_late_joins_the_history_but_the_latest_appraisal_still_counts()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.BuildingAsync(school);

        await _officer.AppraiseAsync(id, ConstructionApi.DaysAgo(30), "A");
        await _officer.AppraiseAsync(id, ConstructionApi.DaysAgo(900), "D");

        var building = await _officer.GetBuildingAsync(id);
        Assert.Equal("A", building["building"].Text("grade"));
        Assert.Equal(2, building["appraisals"]!.AsArray().Count);
    }

    [Fact]
    public async Task Appraisals_fall_due_after_five_years_or_yearly_past_the_design_life_and_overdue_ones_are_listed()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var young = await _officer.BuildingAsync(school, yearBuilt: 2000);
        var old = await _officer.BuildingAsync(school, yearBuilt: 1960);
        var current = await _officer.BuildingAsync(school, yearBuilt: 2000);
        var sixYearsAgo = ConstructionApi.Today.AddYears(-6);
        await _officer.AppraiseAsync(young, ConstructionApi.Day(sixYearsAgo), "B");
        await _officer.AppraiseAsync(old, ConstructionApi.DaysAgo(400), "B");
        await _officer.AppraiseAsync(current, ConstructionApi.DaysAgo(400), "B");

        Assert.Equal(ConstructionApi.Day(sixYearsAgo.AddYears(5)), (await _officer.GetBuildingAsync(young))["building"].Text("nextAppraisalDueOn"));
        var overdue = await _officer.BuildingIdsAsync($"townshipCode={township}&overdue=true");
        Assert.Equal(new[] { old, young }.Order(), overdue.Order());
    }

    [Fact]
    public async Task A_reader_outside_the_school_gets_404_and_its_buildings_are_not_listed()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, other) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.BuildingAsync(school);
        var (staff, _) = app.CreateClientAs(Roles.SchoolStaff, schools: [other]);

        await (await staff.GetAsync(ConstructionApi.Building(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await staff.BuildingIdsAsync($"schoolCode={school}"));
        await (await staff.PostAppraisalAsync(id, ConstructionApi.DaysAgo(1), "A")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Construction_staff_write_and_other_modules_staff_only_read()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (construction, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["SchoolConstruction"]);
        var (subsidies, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]);

        var id = await construction.BuildingAsync(school);

        await (await subsidies.PostBuildingAsync(school)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await subsidies.GetBuildingAsync(id);
    }
}
