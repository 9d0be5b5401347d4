using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Importing a roster again updates students by national ID, keeps history, and never duplicates.</summary>
[Collection(HostCollection.Name)]
public sealed class RosterReimportTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<JsonNode> ImportAsync(string csv, bool? dryRun = null) =>
        await (await _client.ImportRosterAsync(csv, dryRun)).ShouldBeAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_never_duplicates()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var csv = Csv(
            RosterHeader,
            RosterLine(TestIds.NationalId(), schoolCode, categories: "Orphan", disabilityCategory: "Speech", disabilityGrade: "4", householdId: "HH-1"),
            RosterLine(TestIds.NationalId(), schoolCode, boarding: "true", leftBehind: "true"),
            RosterLine(TestIds.NationalId(), schoolCode, grade: 5));
        (await ImportAsync(csv)).AssertRosterCounts(accepted: 3);

        var again = await ImportAsync(csv);

        again.AssertRosterCounts(accepted: 0, unchanged: 3);
        var listed = await _client.FindStudentsAsync($"schoolCode={schoolCode}");
        Assert.Equal(3, listed.Number("total"));
        Assert.All(listed["items"]!.AsArray(), s => Assert.Equal(1, s.Number("version")));
    }

    [Fact]
    public async Task A_registered_student_listed_in_a_roster_as_they_are_is_unchanged()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var id = await _client.StudentAsync(schoolCode, nationalId);

        var report = await ImportAsync(Csv("national_id,name,school_code,grade,boarding,enrolled_on", $"{nationalId},学生,{schoolCode},3,true,2021-09-01"));

        report.AssertRosterCounts(accepted: 0, unchanged: 1);
        Assert.Equal(1, (await _client.GetStudentAsync(id)).Number("version"));
    }

    [Fact]
    public async Task A_changed_grade_updates_the_student_with_history_naming_the_import()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var changed = TestIds.NationalId();
        var same = TestIds.NationalId();
        (await ImportAsync(Csv(RosterHeader, RosterLine(changed, schoolCode, grade: 3), RosterLine(same, schoolCode, grade: 3)))).AssertRosterCounts(accepted: 2);

        var report = await ImportAsync(Csv(RosterHeader, RosterLine(changed, schoolCode, grade: 4), RosterLine(same, schoolCode, grade: 3)));

        report.AssertRosterCounts(accepted: 0, updated: 1, unchanged: 1);
        Assert.Equal(2, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
        var student = await _client.StudentByNationalIdAsync(changed);
        Assert.Equal(4, student.Number("grade"));
        Assert.Equal(2, student.Number("version"));
        var change = Assert.Single((await _client.GetFileAsync(student.Text("id"))).HistoryOf("grade"));
        Assert.Equal("3", change.Text("oldValue"));
        Assert.Equal("4", change.Text("newValue"));
        Assert.StartsWith("roster-import:", change.Text("source"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_categories_and_school_in_a_roster_end_and_open_periods_naming_the_import()
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync();
        var newSchool = await _client.SchoolAsync(townshipCode, "JuniorSecondary");
        var nationalId = TestIds.NationalId();
        await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, categories: "RegisteredPoorHousehold")));

        var report = await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, newSchool, grade: 7, categories: "SubsistenceAllowance")));

        report.AssertRosterCounts(accepted: 0, updated: 1);
        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal(newSchool, student.Text("schoolCode"));
        Assert.Equal("JuniorSecondary", student.Text("stage"));
        Assert.Equal(["SubsistenceAllowance"], student["categories"].Strings());
        var file = await _client.GetFileAsync(student.Text("id"));
        Assert.Equal(schoolCode, Assert.Single(file.HistoryOf("schoolCode")).Text("oldValue"));
        var ended = Assert.Single(file.PeriodsOf("RegisteredPoorHousehold"));
        Assert.NotNull(ended["endedOn"]);
        Assert.StartsWith("roster-import:", ended.Text("endSource"), StringComparison.Ordinal);
        var opened = Assert.Single(file.PeriodsOf("SubsistenceAllowance"));
        Assert.StartsWith("roster-import:", opened.Text("startSource"), StringComparison.Ordinal);
        Assert.All(file["history"]!.AsArray(), h => Assert.StartsWith("roster-import:", h.Text("source"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_column_left_out_of_a_later_roster_keeps_what_the_registry_holds()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, boarding: "true", categories: "Orphan", disabilityCategory: "Mental", disabilityGrade: "1")));

        var report = await ImportAsync(Csv("national_id,name,school_code,grade,enrolled_on", $"{nationalId},李四,{schoolCode},3,2021-09-01"));

        report.AssertRosterCounts(accepted: 0, unchanged: 1);
        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.True(student.Flag("boarding"));
        Assert.Equal(["Orphan"], student["categories"].Strings());
        Assert.Equal("Mental", student["disability"].Text("category"));
    }

    [Fact]
    public async Task A_dry_run_reports_new_students_but_stores_none()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var csv = Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode), RosterLine(TestIds.NationalId(), schoolCode));

        var report = await ImportAsync(csv, dryRun: true);

        report.AssertRosterCounts(accepted: 2, dryRun: true, stored: false);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));

        (await ImportAsync(csv)).AssertRosterCounts(accepted: 2);
    }

    [Fact]
    public async Task A_dry_run_reports_updates_but_changes_no_student()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, grade: 3, categories: "Orphan")));

        var report = await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, grade: 4)), dryRun: true);

        report.AssertRosterCounts(accepted: 0, updated: 1, dryRun: true, stored: false);
        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal(3, student.Number("grade"));
        Assert.Equal(1, student.Number("version"));
        Assert.Equal(["Orphan"], student["categories"].Strings());
        var file = await _client.GetFileAsync(student.Text("id"));
        Assert.Empty(file["history"]!.AsArray());
        Assert.Null(Assert.Single(file.PeriodsOf("Orphan"))["endedOn"]);
    }
}
