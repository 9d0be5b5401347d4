using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Each bad building or appraisal is a 400 (or 409) naming the field, and changes nothing.</summary>
[Collection(HostCollection.Name)]
public sealed class BuildingInputTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Theory]
    [InlineData(0, "floorArea")]
    [InlineData(-20, "floorArea")]
    [InlineData(10.555, "floorArea")]
    public async Task A_building_without_a_positive_area_is_refused(decimal floorArea, string field)
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();

        var problem = await (await _officer.PostBuildingAsync(school, floorArea)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Empty(await _officer.BuildingIdsAsync($"schoolCode={school}"));
    }

    [Fact]
    public async Task A_building_of_an_unknown_school_is_refused_naming_schoolCode()
    {
        var problem = await (await _officer.PostBuildingAsync("NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["no school has code 'NO-SUCH-SCHOOL'"], problem.FieldErrors("schoolCode"));
    }

    [Fact]
    public async Task A_building_with_an_unknown_use_or_a_year_to_come_is_refused_field_by_field()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();

        Assert.NotEmpty((await (await _officer.PostBuildingAsync(school, use: "Castle")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("use"));
        Assert.NotEmpty((await (await _officer.PostBuildingAsync(school, yearBuilt: ConstructionApi.Today.Year + 1)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("yearBuilt"));
        Assert.Empty(await _officer.BuildingIdsAsync($"schoolCode={school}"));
    }

    [Theory]
    [InlineData("E", "grade")]
    [InlineData("", "grade")]
    [InlineData("1", "grade")]
    public async Task A_grade_outside_A_to_D_is_refused(string grade, string field)
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.BuildingAsync(school);

        var problem = await (await _officer.PostAppraisalAsync(id, ConstructionApi.DaysAgo(3), grade)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Empty((await _officer.GetBuildingAsync(id))["appraisals"]!.AsArray());
    }

    [Fact]
    public async Task An_appraisal_dated_in_the_future_or_due_before_it_was_made_is_refused()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.BuildingAsync(school);

        var future = await (await _officer.PostAppraisalAsync(id, ConstructionApi.Day(ConstructionApi.Today.AddDays(3)), "A")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var dueBefore = await (await _officer.PostAppraisalAsync(id, ConstructionApi.DaysAgo(3), "A", nextDueOn: ConstructionApi.DaysAgo(5))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(future.FieldErrors("appraisedOn"));
        Assert.NotEmpty(dueBefore.FieldErrors("nextDueOn"));
        var building = await _officer.GetBuildingAsync(id);
        Assert.Empty(building["appraisals"]!.AsArray());
        Assert.Null(building["building"]!["grade"]);
    }

    [Fact]
    public async Task The_same_report_twice_is_a_409_and_an_unknown_building_a_404()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.BuildingAsync(school);
        var body = new { appraisedOn = ConstructionApi.DaysAgo(3), grade = "B", appraisedBy = "鉴定站", reportNo = "JD-2025-001" };
        (await _officer.PostJsonAsync(ConstructionApi.Appraisals(id), body)).EnsureSuccessStatusCode();

        var again = await (await _officer.PostJsonAsync(ConstructionApi.Appraisals(id), body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.NotEmpty(again.FieldErrors("reportNo"));
        Assert.Single((await _officer.GetBuildingAsync(id))["appraisals"]!.AsArray());
        await (await _officer.PostJsonAsync(ConstructionApi.Appraisals(Guid.NewGuid().ToString()), body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_refusal_speaks_Chinese_by_default()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();

        var problem = await (await client.PostBuildingAsync("NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["学校代码 'NO-SUCH-SCHOOL' 不存在"], problem.FieldErrors("schoolCode"));
    }
}
