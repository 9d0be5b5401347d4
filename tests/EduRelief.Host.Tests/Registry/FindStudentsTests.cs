using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>The student list and each of its filters, over a township of its own.</summary>
[Collection(HostCollection.Name)]
public sealed class FindStudentsTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    /// <summary>
    /// A township with a primary school (a poor left-behind child, a disabled child) and a junior school (a suspended
    /// child), so that every filter picks a different subset.
    /// </summary>
    private async Task<Township> TownshipAsync()
    {
        var (townshipCode, primary) = await _client.TownshipWithSchoolAsync("Primary");
        var junior = await _client.SchoolAsync(townshipCode, "JuniorSecondary");

        var poor = RegistryApi.StudentBody(primary);
        poor["categories"] = new JsonArray("RegisteredPoorHousehold");
        poor["leftBehind"] = true;
        await (await _client.RegisterAsync(poor)).ShouldBeAsync(HttpStatusCode.Created);

        var disabled = RegistryApi.StudentBody(primary);
        disabled["disability"] = new JsonObject { ["category"] = "Physical", ["grade"] = 3 };
        await (await _client.RegisterAsync(disabled)).ShouldBeAsync(HttpStatusCode.Created);

        var suspended = RegistryApi.StudentBody(junior);
        suspended["grade"] = 8;
        var created = await (await _client.RegisterAsync(suspended)).ShouldBeAsync(HttpStatusCode.Created);
        await (await _client.PatchJsonAsync($"{RegistryApi.Students}/{created.Text("id")}", new { status = "Suspended", version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        return new Township(townshipCode, primary, junior, poor.Text("nationalId"), disabled.Text("nationalId"), suspended.Text("nationalId"));
    }

    private async Task<List<string>> NationalIdsAsync(string query)
    {
        var page = await _client.FindStudentsAsync(query);
        var ids = page["items"].Strings("nationalId");
        Assert.Equal(ids.Count, page.Number("total"));
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Filtering_by_national_id_finds_exactly_that_student()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Poor], await NationalIdsAsync($"nationalId={t.Poor}"));
    }

    [Fact]
    public async Task Filtering_by_school_finds_its_students_only()
    {
        var t = await TownshipAsync();

        Assert.Equal(Sorted(t.Poor, t.Disabled), await NationalIdsAsync($"schoolCode={t.Primary}"));
        Assert.Equal([t.Suspended], await NationalIdsAsync($"schoolCode={t.Junior}"));
    }

    [Fact]
    public async Task Filtering_by_township_finds_every_school_of_it()
    {
        var t = await TownshipAsync();

        Assert.Equal(Sorted(t.Poor, t.Disabled, t.Suspended), await NationalIdsAsync($"townshipCode={t.Code}"));
    }

    [Fact]
    public async Task Filtering_by_stage_finds_the_students_of_schools_of_that_stage()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Suspended], await NationalIdsAsync($"townshipCode={t.Code}&stage=JuniorSecondary"));
        Assert.Equal(Sorted(t.Poor, t.Disabled), await NationalIdsAsync($"townshipCode={t.Code}&stage=Primary"));
    }

    [Fact]
    public async Task Filtering_by_category_finds_the_students_holding_it()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Poor], await NationalIdsAsync($"townshipCode={t.Code}&category=RegisteredPoorHousehold"));
        Assert.Empty(await NationalIdsAsync($"townshipCode={t.Code}&category=Orphan"));
    }

    [Fact]
    public async Task Filtering_by_left_behind_finds_left_behind_children_or_the_others()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Poor], await NationalIdsAsync($"townshipCode={t.Code}&leftBehind=true"));
        Assert.Equal(Sorted(t.Disabled, t.Suspended), await NationalIdsAsync($"townshipCode={t.Code}&leftBehind=false"));
    }

    [Fact]
    public async Task Filtering_by_disabled_finds_disabled_children_or_the_others()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Disabled], await NationalIdsAsync($"townshipCode={t.Code}&disabled=true"));
        Assert.Equal(Sorted(t.Poor, t.Suspended), await NationalIdsAsync($"townshipCode={t.Code}&disabled=false"));
    }

    [Fact]
    public async Task Filtering_by_status_finds_the_students_in_that_status()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Suspended], await NationalIdsAsync($"townshipCode={t.Code}&status=Suspended"));
        Assert.Equal(Sorted(t.Poor, t.Disabled), await NationalIdsAsync($"townshipCode={t.Code}&status=Enrolled"));
    }

    [Fact]
    public async Task Filters_combine()
    {
        var t = await TownshipAsync();

        Assert.Equal([t.Poor], await NationalIdsAsync($"schoolCode={t.Primary}&leftBehind=true&disabled=false&status=Enrolled"));
        Assert.Empty(await NationalIdsAsync($"schoolCode={t.Junior}&leftBehind=true"));
    }

    [Fact]
    public async Task The_student_list_is_paged()
    {
        var t = await TownshipAsync();

        var first = await _client.FindStudentsAsync($"townshipCode={t.Code}&page=1&pageSize=2");
        var second = await _client.FindStudentsAsync($"townshipCode={t.Code}&page=2&pageSize=2");

        Assert.Equal(3, first.Number("total"));
        Assert.Equal(1, first.Number("page"));
        Assert.Equal(2, first.Number("pageSize"));
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Equal(3, second.Number("total"));
        Assert.Single(second["items"]!.AsArray());
        Assert.Equal(
            Sorted(t.Poor, t.Disabled, t.Suspended),
            first["items"].Strings("nationalId").Concat(second["items"].Strings("nationalId")).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task The_total_follows_every_change_between_two_pages_of_the_same_list()
    {
        var t = await TownshipAsync();
        var list = $"townshipCode={t.Code}&pageSize=1";
        Assert.Equal(3, (await _client.FindStudentsAsync(list)).Number("total"));
        Assert.Equal(3, (await _client.FindStudentsAsync(list + "&page=2")).Number("total"));

        // Registered one by one (EF Core)…
        await _client.StudentAsync(t.Primary);
        Assert.Equal(4, (await _client.FindStudentsAsync(list + "&page=2")).Number("total"));

        // …through the roster import (its own prepared statements)…
        var nationalId = TestIds.NationalId();
        var csv = RegistryApi.Csv(RegistryApi.RosterHeader, RegistryApi.RosterLine(nationalId, t.Junior, grade: 8));
        await (await _client.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(5, (await _client.FindStudentsAsync(list)).Number("total"));

        // …and a change of a filtered field.
        var enrolled = $"townshipCode={t.Code}&status=Enrolled&pageSize=1";
        Assert.Equal(4, (await _client.FindStudentsAsync(enrolled)).Number("total"));
        var student = await RegistryApi.StudentByNationalIdAsync(_client, nationalId);
        await (await _client.PatchJsonAsync($"{RegistryApi.Students}/{student.Text("id")}", new { status = "Suspended", version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, (await _client.FindStudentsAsync(enrolled)).Number("total"));
        Assert.Equal(5, (await _client.FindStudentsAsync(list)).Number("total"));
    }

    [Fact]
    public async Task Deep_pages_follow_one_list_order_before_and_after_a_change()
    {
        var (township, school) = await _client.TownshipWithSchoolAsync();
        var ids = Enumerable.Range(0, 620).Select(_ => TestIds.NationalId()).ToList();
        await ImportAsync(school, ids);

        // The first 500 in one page are read without an anchor (one every 250th row): every deeper page must agree.
        var before = await ListAsync(township, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), before.Order(StringComparer.Ordinal));
        Assert.Equal(await PageAsync(township, 1, 500, ids.Count), before.Take(500));

        // Students added anywhere in the list move the rows after them on; each is still listed once, the others
        // keep their order, and the anchors learnt before are not used for the new list.
        var added = Enumerable.Range(0, 20).Select(_ => TestIds.NationalId()).ToList();
        await ImportAsync(school, added);
        var after = await ListAsync(township, ids.Count + added.Count);
        Assert.Equal(ids.Concat(added).Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.Equal(await PageAsync(township, 1, 500, ids.Count + added.Count), after.Take(500));
        Assert.Equal(before, after.Where(id => !added.Contains(id)));
    }

    private async Task ImportAsync(string school, List<string> nationalIds)
    {
        var csv = RegistryApi.Csv([RegistryApi.RosterHeader, .. nationalIds.Select(id => RegistryApi.RosterLine(id, school))]);
        await (await _client.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>The whole list in pages of 40, as a user paging through it reads it.</summary>
    private async Task<List<string>> ListAsync(string township, int total)
    {
        var all = new List<string>();
        for (var page = 1; (page - 1) * 40 < total; page++)
        {
            all.AddRange(await PageAsync(township, page, 40, total));
        }

        return all;
    }

    private async Task<List<string>> PageAsync(string township, int page, int pageSize, int total)
    {
        var body = await _client.FindStudentsAsync($"townshipCode={township}&pageSize={pageSize}&page={page}");
        Assert.Equal(total, body.Number("total"));
        return body["items"].Strings("nationalId");
    }

    [Theory]
    [InlineData("status=Sleeping", "status")]
    [InlineData("category=Rich", "category")]
    [InlineData("stage=Kindergarten", "stage")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task An_unknown_filter_value_is_refused_naming_the_filter(string query, string field)
    {
        var response = await _client.GetAsync($"{RegistryApi.Students}?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    [Theory]
    [InlineData("leftBehind=maybe", "leftBehind")]
    [InlineData("disabled=yes", "disabled")]
    [InlineData("page=first", "page")]
    public async Task A_filter_value_of_the_wrong_type_is_refused_naming_the_filter(string query, string field)
    {
        var response = await _client.GetAsync($"{RegistryApi.Students}?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    private sealed record Township(string Code, string Primary, string Junior, string Poor, string Disabled, string Suspended);
}
