using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>PATCH: each change is applied, bumps the version and is kept as dated history with its source.</summary>
[Collection(HostCollection.Name)]
public sealed class UpdateStudentTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<(string Id, string SchoolCode, string TownshipCode)> StudentAsync(string[]? categories = null)
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync();
        var id = await _client.StudentAsync(schoolCode, categories: categories);
        return (id, schoolCode, townshipCode);
    }

    private async Task<JsonNode> PatchAsync(string id, object body) =>
        await (await _client.PatchJsonAsync($"{RegistryApi.Students}/{id}", body)).ShouldBeAsync(HttpStatusCode.OK);

    private static void AssertManualChange(JsonNode file, string field, string? oldValue, string? newValue, string effectiveOn)
    {
        var change = Assert.Single(file.HistoryOf(field));
        Assert.Equal(oldValue, change!["oldValue"]?.GetValue<string>());
        Assert.Equal(newValue, change["newValue"]?.GetValue<string>());
        Assert.Equal(effectiveOn, change.Text("effectiveOn"));
        Assert.StartsWith("manual:", change.Text("source"), StringComparison.Ordinal);
        Assert.NotNull(change["recordedAt"]);
    }

    [Fact]
    public async Task Changing_the_grade_bumps_the_version_and_is_kept_as_history()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { grade = 4, effectiveOn = "2024-09-01", version = 1 });

        Assert.Equal(4, student.Number("grade"));
        Assert.Equal(2, student.Number("version"));
        Assert.Equal(4, (await _client.GetStudentAsync(id)).Number("grade"));
        AssertManualChange(await _client.GetFileAsync(id), "grade", "3", "4", "2024-09-01");
    }

    [Fact]
    public async Task Changing_boarding_is_kept_as_history()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { boarding = false, effectiveOn = "2024-03-01", version = 1 });

        Assert.False(student.Flag("boarding"));
        Assert.Equal(2, student.Number("version"));
        AssertManualChange(await _client.GetFileAsync(id), "boarding", "true", "false", "2024-03-01");
    }

    [Fact]
    public async Task Changing_categories_ends_the_old_period_the_day_before_and_opens_a_new_one()
    {
        var (id, _, _) = await StudentAsync(["RegisteredPoorHousehold"]);

        string[] categories = ["SubsistenceAllowance"];

        var student = await PatchAsync(id, new { categories, effectiveOn = "2024-03-01", version = 1 });

        Assert.Equal(["SubsistenceAllowance"], student["categories"].Strings());
        var file = await _client.GetFileAsync(id);
        AssertManualChange(file, "categories", "RegisteredPoorHousehold", "SubsistenceAllowance", "2024-03-01");

        var ended = Assert.Single(file.PeriodsOf("RegisteredPoorHousehold"));
        Assert.Equal("2021-09-01", ended.Text("startedOn"));
        Assert.Equal("2024-02-29", ended.Text("endedOn"));
        Assert.StartsWith("manual:", ended.Text("endSource"), StringComparison.Ordinal);

        var opened = Assert.Single(file.PeriodsOf("SubsistenceAllowance"));
        Assert.Equal("2024-03-01", opened.Text("startedOn"));
        Assert.StartsWith("manual:", opened.Text("startSource"), StringComparison.Ordinal);
        Assert.Null(opened["endedOn"]);
        Assert.Null(opened["endSource"]);
    }

    [Fact]
    public async Task Adding_a_category_keeps_the_one_already_held_open()
    {
        var (id, _, _) = await StudentAsync(["RegisteredPoorHousehold"]);

        string[] categories = ["RegisteredPoorHousehold", "Orphan"];

        var student = await PatchAsync(id, new { categories, effectiveOn = "2024-05-10", version = 1 });

        Assert.Equal(["RegisteredPoorHousehold", "Orphan"], student["categories"].Strings());
        var file = await _client.GetFileAsync(id);
        Assert.Null(Assert.Single(file.PeriodsOf("RegisteredPoorHousehold"))["endedOn"]);
        Assert.Equal("2024-05-10", Assert.Single(file.PeriodsOf("Orphan")).Text("startedOn"));
    }

    [Fact]
    public async Task Emptying_the_categories_ends_every_period()
    {
        var (id, _, _) = await StudentAsync(["RegisteredPoorHousehold", "Orphan"]);

        var student = await PatchAsync(id, new { categories = Array.Empty<string>(), effectiveOn = "2025-01-01", version = 1 });

        Assert.Empty(student["categories"]!.AsArray());
        var file = await _client.GetFileAsync(id);
        Assert.All(file["categoryPeriods"]!.AsArray(), p => Assert.Equal("2024-12-31", p.Text("endedOn")));
        Assert.Equal(2, file["categoryPeriods"]!.AsArray().Count);
    }

    [Fact]
    public async Task Marking_a_child_left_behind_is_kept_as_history()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { leftBehind = true, effectiveOn = "2024-02-15", version = 1 });

        Assert.True(student.Flag("leftBehind"));
        AssertManualChange(await _client.GetFileAsync(id), "leftBehind", "false", "true", "2024-02-15");
    }

    [Fact]
    public async Task A_disability_is_recorded_and_null_removes_it()
    {
        var (id, _, _) = await StudentAsync();

        var disabled = await PatchAsync(id, new { disability = new { category = "Hearing", grade = 2 }, effectiveOn = "2024-04-01", version = 1 });
        Assert.Equal("Hearing", disabled["disability"].Text("category"));
        Assert.Equal(2, disabled["disability"].Number("grade"));
        Assert.Equal(2, disabled.Number("version"));

        var removed = await PatchAsync(id, new { disability = (object?)null, effectiveOn = "2024-10-01", version = 2 });
        Assert.Null(removed["disability"]);
        Assert.Equal(3, removed.Number("version"));
        Assert.Null((await _client.GetStudentAsync(id))["disability"]);

        var history = (await _client.GetFileAsync(id)).HistoryOf("disability");
        Assert.Equal(2, history.Count);
        Assert.Null(history[0]["oldValue"]);
        Assert.Equal("Hearing/2", history[0].Text("newValue"));
        Assert.Equal("2024-04-01", history[0].Text("effectiveOn"));
        Assert.Equal("Hearing/2", history[1].Text("oldValue"));
        Assert.Null(history[1]["newValue"]);
        Assert.Equal("2024-10-01", history[1].Text("effectiveOn"));
    }

    [Fact]
    public async Task Leaving_the_disability_out_keeps_it()
    {
        var (id, _, _) = await StudentAsync();
        await PatchAsync(id, new { disability = new { category = "Visual", grade = 1 }, version = 1 });

        var student = await PatchAsync(id, new { grade = 5, version = 2 });

        Assert.Equal("Visual", student["disability"].Text("category"));
    }

    [Fact]
    public async Task Changing_the_household_is_kept_as_history()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { householdId = "HH-NEW", effectiveOn = "2024-06-01", version = 1 });

        Assert.Equal("HH-NEW", student.Text("householdId"));
        AssertManualChange(await _client.GetFileAsync(id), "householdId", null, "HH-NEW", "2024-06-01");
    }

    [Fact]
    public async Task Changing_the_status_is_kept_as_history()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { status = "DroppedOut", effectiveOn = "2024-11-20", version = 1 });

        Assert.Equal("DroppedOut", student.Text("status"));
        AssertManualChange(await _client.GetFileAsync(id), "status", "Enrolled", "DroppedOut", "2024-11-20");
    }

    [Fact]
    public async Task Moving_a_student_to_another_school_by_its_code_is_kept_as_history()
    {
        var (id, fromSchool, townshipCode) = await StudentAsync();
        var toSchool = await _client.SchoolAsync(townshipCode, "JuniorSecondary", "Town");

        var student = await PatchAsync(id, new { schoolCode = toSchool, grade = 7, effectiveOn = "2024-09-01", version = 1 });

        Assert.Equal(toSchool, student.Text("schoolCode"));
        Assert.Equal("JuniorSecondary", student.Text("stage"));
        Assert.Equal("Town", student.Text("schoolLocation"));
        Assert.Equal(2, student.Number("version"));
        Assert.Equal(1, await _client.CountStudentsAsync($"schoolCode={toSchool}"));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={fromSchool}"));
        var file = await _client.GetFileAsync(id);
        AssertManualChange(file, "schoolCode", fromSchool, toSchool, "2024-09-01");
        AssertManualChange(file, "grade", "3", "7", "2024-09-01");
    }

    [Fact]
    public async Task Several_changes_at_once_bump_the_version_once()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { grade = 4, boarding = false, leftBehind = true, effectiveOn = "2024-09-01", version = 1 });

        Assert.Equal(2, student.Number("version"));
        Assert.Equal(3, (await _client.GetFileAsync(id))["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task Setting_a_field_to_the_value_it_has_changes_nothing()
    {
        var (id, _, _) = await StudentAsync();

        var student = await PatchAsync(id, new { grade = 3, boarding = true, status = "Enrolled", version = 1 });

        Assert.Equal(1, student.Number("version"));
        Assert.Empty((await _client.GetFileAsync(id))["history"]!.AsArray());
    }

    [Fact]
    public async Task The_version_returned_by_one_change_is_accepted_by_the_next()
    {
        var (id, _, _) = await StudentAsync();

        var first = await PatchAsync(id, new { grade = 4, version = 1 });
        var second = await PatchAsync(id, new { grade = 5, version = first.Number("version") });

        Assert.Equal(3, second.Number("version"));
        Assert.Equal(5, second.Number("grade"));
    }
}
