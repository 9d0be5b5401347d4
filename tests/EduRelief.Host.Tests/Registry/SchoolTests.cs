using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

[Collection(HostCollection.Name)]
public sealed class SchoolTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> TownshipAsync()
    {
        var code = TestIds.Code("T");
        await (await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "城关镇" })).ShouldBeAsync(HttpStatusCode.Created);
        return code;
    }

    private static object School(string townshipCode, string? code = null, string stage = "Primary", string location = "Rural", int classrooms = 12) =>
        new { code = code ?? TestIds.Code("S"), name = "红星小学", townshipCode, stage, location, classrooms };

    [Fact]
    public async Task A_new_school_is_created_with_stage_and_location_as_words()
    {
        var townshipCode = await TownshipAsync();
        var code = TestIds.Code("S");

        var response = await _client.PostJsonAsync(RegistryApi.Schools, School(townshipCode, code, "JuniorSecondary", "Remote", 18));

        var body = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/registry/schools/{code}", response.Headers.Location?.OriginalString);
        Assert.Equal(code, body.Text("code"));
        Assert.Equal(townshipCode, body.Text("townshipCode"));
        Assert.Equal("JuniorSecondary", body.Text("stage"));
        Assert.Equal("Remote", body.Text("location"));
        Assert.Equal(18, body.Number("classrooms"));
    }

    [Fact]
    public async Task A_school_is_found_by_its_code()
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync("SeniorSecondary", "Town");

        var body = await (await _client.GetAsync($"{RegistryApi.Schools}/{schoolCode}")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(schoolCode, body.Text("code"));
        Assert.Equal(townshipCode, body.Text("townshipCode"));
        Assert.Equal("SeniorSecondary", body.Text("stage"));
        Assert.Equal("Town", body.Text("location"));
    }

    [Fact]
    public async Task An_unknown_school_code_is_not_found()
    {
        var response = await _client.GetAsync($"{RegistryApi.Schools}/NO-SUCH-SCHOOL");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_school_list_of_a_township_holds_only_its_schools()
    {
        var (townshipCode, first) = await _client.TownshipWithSchoolAsync();
        var second = await _client.SchoolAsync(townshipCode, "JuniorSecondary");
        var (_, elsewhere) = await _client.TownshipWithSchoolAsync();

        var list = await (await _client.GetAsync($"{RegistryApi.Schools}?townshipCode={townshipCode}")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(2, list.Number("total"));
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), list["items"].Strings("code").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(elsewhere, list["items"].Strings("code"));
        Assert.Equal(1, list.Number("page"));
        Assert.Equal(50, list.Number("pageSize"));
    }

    [Fact]
    public async Task The_school_list_filters_by_stage()
    {
        var (townshipCode, primary) = await _client.TownshipWithSchoolAsync("Primary");
        var junior = await _client.SchoolAsync(townshipCode, "JuniorSecondary");

        var list = await (await _client.GetAsync($"{RegistryApi.Schools}?townshipCode={townshipCode}&stage=JuniorSecondary")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal([junior], list["items"].Strings("code"));
        Assert.DoesNotContain(primary, list["items"].Strings("code"));

        var everyJunior = await (await _client.GetAsync($"{RegistryApi.Schools}?stage=JuniorSecondary&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.All(everyJunior["items"].Strings("stage"), stage => Assert.Equal("JuniorSecondary", stage));
    }

    [Fact]
    public async Task Listing_schools_of_an_unknown_stage_is_refused_naming_stage()
    {
        var response = await _client.GetAsync($"{RegistryApi.Schools}?stage=Kindergarten");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("stage"));
    }

    [Fact]
    public async Task A_school_of_an_unknown_stage_is_refused_listing_the_stages_allowed()
    {
        var townshipCode = await TownshipAsync();
        var code = TestIds.Code("S");

        var response = await _client.PostJsonAsync(RegistryApi.Schools, School(townshipCode, code, stage: "Kindergarten"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("stage"));
        Assert.Contains("Kindergarten", message, StringComparison.Ordinal);
        foreach (var allowed in new[] { "Preschool", "Primary", "JuniorSecondary", "SeniorSecondary", "SecondaryVocational", "Special" })
        {
            Assert.Contains(allowed, message, StringComparison.Ordinal);
        }

        await (await _client.GetAsync($"{RegistryApi.Schools}/{code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_school_of_an_unknown_location_is_refused_naming_location()
    {
        var townshipCode = await TownshipAsync();

        var response = await _client.PostJsonAsync(RegistryApi.Schools, School(townshipCode, location: "Suburb"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("location"));
        Assert.Contains("Urban, Town, Rural, Remote", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_given_as_a_number_is_refused()
    {
        var townshipCode = await TownshipAsync();

        var response = await _client.PostJsonAsync(RegistryApi.Schools, School(townshipCode, stage: "1"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("stage"));
    }

    [Fact]
    public async Task A_negative_number_of_classrooms_is_refused_naming_classrooms()
    {
        var townshipCode = await TownshipAsync();

        var response = await _client.PostJsonAsync(RegistryApi.Schools, School(townshipCode, classrooms: -1));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("classrooms"));
    }

    [Fact]
    public async Task A_school_in_an_unknown_township_is_refused_naming_townshipCode()
    {
        var response = await _client.PostJsonAsync(RegistryApi.Schools, School("NO-SUCH-TOWNSHIP"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("townshipCode"));
    }

    [Fact]
    public async Task A_second_school_with_the_same_code_is_a_conflict_naming_code()
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.PostJsonAsync(RegistryApi.Schools, School(townshipCode, schoolCode, "JuniorSecondary"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("code"));
        var kept = await (await _client.GetAsync($"{RegistryApi.Schools}/{schoolCode}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Primary", kept.Text("stage"));
    }
}
