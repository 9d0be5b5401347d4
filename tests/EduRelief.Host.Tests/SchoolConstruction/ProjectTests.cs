using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Projects from plan to acceptance: budget revisions kept, spending within the budget, forward dated moves, buildings demolished on completion.</summary>
[Collection(HostCollection.Name)]
public sealed class ProjectTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_removal_project_completed_demolishes_its_D_grade_building_and_takes_it_off_the_D_list()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var dangerous = await _officer.BuildingAsync(school, floorArea: 640m);
        await _officer.AppraiseAsync(dangerous, ConstructionApi.DaysAgo(300), "D");
        var code = await _officer.ProjectAsync(school, "DangerousBuildingRemoval", removesBuildingIds: [dangerous]);

        await _officer.CompleteAsync(code, ConstructionApi.DaysAgo(200), ConstructionApi.DaysAgo(150), ConstructionApi.DaysAgo(20), actualSeats: 0);

        var building = (await _officer.GetBuildingAsync(dangerous))["building"];
        Assert.Equal(ConstructionApi.DaysAgo(20), building.Text("demolishedOn"));
        Assert.Equal(code, building.Text("demolishedBy"));
        Assert.False(building.Flag("closed"));
        Assert.DoesNotContain(dangerous, await _officer.BuildingIdsAsync($"schoolCode={school}&dList=true"));
        var project = await _officer.GetProjectAsync(code);
        Assert.Equal("Completed", project.Text("status"));
        Assert.Equal(["Approved", "UnderConstruction", "Completed"], project["moves"]!.AsArray().Select(m => m.Text("status")));
        await (await _officer.PostAppraisalAsync(dangerous, ConstructionApi.DaysAgo(1), "A")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Spending_beyond_the_current_budget_is_a_409_until_the_budget_is_revised_and_every_revision_is_kept()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = await _officer.ProjectAsync(school, budget: [new { source = "Central", amount = 500_000m }, new { source = "Provincial", amount = 300_000.50m }]);
        await (await _officer.SpendAsync(code, 800_000m, ConstructionApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);

        var over = await (await _officer.SpendAsync(code, 0.51m, ConstructionApi.DaysAgo(29))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(over.FieldErrors("amount"));
        Assert.Equal(800_000m, (await _officer.GetProjectAsync(code)).Decimal("spent"));

        var revised = await (await _officer.PutAsJsonAsync($"{ConstructionApi.Project(code)}/budget", new
        {
            budget = new object[] { new { source = "Central", amount = 500_000m }, new { source = "Provincial", amount = 300_000.50m }, new { source = "County", amount = 100_000m } },
        })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(900_000.50m, revised.Decimal("budget"));
        Assert.Equal([1, 0], revised["budgetRevisions"]!.AsArray().Select(r => r.Number("revision")));
        Assert.Equal(800_000.50m, revised["budgetRevisions"]![1].Decimal("total"));

        await (await _officer.SpendAsync(code, 0.51m, ConstructionApi.DaysAgo(29))).ShouldBeAsync(HttpStatusCode.Created);
        var spending = await (await _officer.GetAsync($"{ConstructionApi.Spending}?projectCode={code}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, spending.Number("total"));
    }

    [Fact]
    public async Task An_accepted_project_takes_no_more_spending_and_a_status_never_moves_backwards()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = await _officer.ProjectAsync(school);
        await _officer.CompleteAsync(code, ConstructionApi.DaysAgo(100), ConstructionApi.DaysAgo(90), ConstructionApi.DaysAgo(10), actualSeats: 280);
        await (await _officer.MoveAsync(code, "Accepted", ConstructionApi.DaysAgo(5))).ShouldBeAsync(HttpStatusCode.OK);

        Assert.NotEmpty((await (await _officer.SpendAsync(code, 10m, ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status"));
        Assert.NotEmpty((await (await _officer.MoveAsync(code, "UnderConstruction", ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status"));
        var project = await _officer.GetProjectAsync(code);
        Assert.Equal("Accepted", project.Text("status"));
        Assert.Empty(project["spending"]!.AsArray());
        Assert.Equal(280, project.Number("actualSeats"));
    }

    [Fact]
    public async Task A_completion_before_the_start_actual_seats_before_completion_a_skipped_step_or_a_day_to_come_are_refused()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = await _officer.ProjectAsync(school);
        await (await _officer.MoveAsync(code, "Approved", ConstructionApi.DaysAgo(100))).ShouldBeAsync(HttpStatusCode.OK);

        Assert.NotEmpty((await (await _officer.MoveAsync(code, "Completed", ConstructionApi.DaysAgo(50), 300)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status"));
        Assert.NotEmpty((await (await _officer.MoveAsync(code, "UnderConstruction", ConstructionApi.DaysAgo(90), 300)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("actualSeats"));
        Assert.NotEmpty((await (await _officer.MoveAsync(code, "UnderConstruction", ConstructionApi.Day(ConstructionApi.Today.AddDays(2)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        await (await _officer.MoveAsync(code, "UnderConstruction", ConstructionApi.DaysAgo(90))).ShouldBeAsync(HttpStatusCode.OK);
        Assert.NotEmpty((await (await _officer.MoveAsync(code, "Completed", ConstructionApi.DaysAgo(95), 300)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.MoveAsync(code, "Planned", ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status"));

        var project = await _officer.GetProjectAsync(code);
        Assert.Equal("UnderConstruction", project.Text("status"));
        Assert.Null(project["actualSeats"]);
        Assert.Equal(2, project["moves"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_building_of_another_school_cannot_be_removed_by_a_project()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, other) = await _officer.TownshipWithSchoolAsync();
        var theirs = await _officer.BuildingAsync(other);
        var code = TestIds.Code("P");

        var problem = await (await _officer.PostProjectAsync(code, school, "DangerousBuildingRemoval", removesBuildingIds: [theirs])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await _officer.PostProjectAsync(code, school, removesBuildingIds: [Guid.NewGuid().ToString()])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("removesBuildingIds"));
        Assert.NotEmpty(unknown.FieldErrors("removesBuildingIds"));
        await (await _officer.GetAsync(ConstructionApi.Project(code))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Central", 0, "budget[0].amount")]
    [InlineData("Central", -100, "budget[0].amount")]
    [InlineData("Lottery", 100, "budget[0].source")]
    public async Task A_budget_line_without_a_known_source_and_a_positive_amount_is_refused(string source, decimal amount, string field)
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = TestIds.Code("P");

        var problem = await (await _officer.PostProjectAsync(code, school, budget: [new { source, amount }])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors(field));
        await (await _officer.GetAsync(ConstructionApi.Project(code))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_project_code_is_unique_and_its_school_must_exist_and_a_bad_type_or_plan_is_refused()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = await _officer.ProjectAsync(school);

        Assert.NotEmpty((await (await _officer.PostProjectAsync(code, school)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("code"));
        Assert.NotEmpty((await (await _officer.PostProjectAsync(TestIds.Code("P"), "NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PostProjectAsync(TestIds.Code("P"), school, type: "Palace")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("type"));
        Assert.NotEmpty((await (await _officer.PostProjectAsync(TestIds.Code("P"), school, plannedStart: "2025-06-01", plannedEnd: "2025-05-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("plannedEnd"));
    }

    [Fact]
    public async Task Zero_negative_or_future_spending_is_refused_and_nothing_is_spent()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = await _officer.ProjectAsync(school);

        Assert.NotEmpty((await (await _officer.SpendAsync(code, 0m, ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("amount"));
        Assert.NotEmpty((await (await _officer.SpendAsync(code, -5m, ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("amount"));
        Assert.NotEmpty((await (await _officer.SpendAsync(code, 5m, ConstructionApi.Day(ConstructionApi.Today.AddDays(3)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("spentOn"));
        await (await _officer.SpendAsync("NO-SUCH-PROJECT", 5m, ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0m, (await _officer.GetProjectAsync(code)).Decimal("spent"));
    }

    [Fact]
    public async Task A_project_outside_the_callers_township_is_a_404()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (otherTownship, _) = await _officer.TownshipWithSchoolAsync();
        var code = await _officer.ProjectAsync(school);
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [otherTownship]);

        await (await officer.GetAsync(ConstructionApi.Project(code))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await (await officer.GetAsync($"{ConstructionApi.Projects}?schoolCode={school}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.Number("total"));
    }
}
