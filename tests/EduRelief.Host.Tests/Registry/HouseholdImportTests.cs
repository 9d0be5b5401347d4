using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>The poverty data platform's household list: students follow their household's categories, with history.</summary>
[Collection(HostCollection.Name)]
public sealed class HouseholdImportTests(EduReliefApp app)
{
    public const string Header = "household_id,category,effective_on,status";

    private readonly HttpClient _client = app.CreateClient();

    private async Task<JsonNode> ImportAsync(string csv, bool? dryRun = null)
    {
        var url = dryRun is { } d ? $"{Households}?dryRun={(d ? "true" : "false")}" : Households;
        return await (await _client.PostCsvAsync(url, csv)).ShouldBeAsync(HttpStatusCode.OK);
    }

    private static void AssertCounts(JsonNode report, int changed, int unchanged = 0, int rejected = 0, int studentsChanged = 0, bool dryRun = false, bool stored = true)
    {
        Assert.Equal(changed, report.Number("changed"));
        Assert.Equal(unchanged, report.Number("unchanged"));
        Assert.Equal(rejected, report.Number("rejected"));
        Assert.Equal(studentsChanged, report.Number("studentsChanged"));
        Assert.Equal(dryRun, report.Flag("dryRun"));
        Assert.Equal(stored, report.Flag("stored"));
    }

    private static JsonNode Error(JsonNode report, int line) =>
        Assert.Single(report["errors"]!.AsArray(), e => e!.Number("line") == line)!;

    [Fact]
    public async Task A_household_list_in_xlsx_with_a_date_cell_applies_like_its_csv()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var student = await _client.StudentAsync(schoolCode, householdId: household);
        var xlsx = Uploads.Xlsx(["household_id", "category", "effective_on", "status"], [household, "ExtremePoverty", new DateTime(2024, 5, 6), "Active"]);

        var report = await (await _client.PostXlsxAsync(Households, xlsx)).ShouldBeAsync(HttpStatusCode.OK);

        AssertCounts(report, changed: 1, studentsChanged: 1);
        Assert.Equal(["ExtremePoverty"], (await _client.GetStudentAsync(student))["categories"].Strings());
        Assert.Equal("2024-05-06", Assert.Single((await _client.GetFileAsync(student)).PeriodsOf("ExtremePoverty")).Text("startedOn"));
    }

    [Fact]
    public async Task An_active_household_category_is_given_to_every_student_of_the_household()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var elder = await _client.StudentAsync(schoolCode, householdId: household);
        var younger = await _client.StudentAsync(schoolCode, householdId: household);
        var neighbour = await _client.StudentAsync(schoolCode, householdId: TestIds.Code("HH"));

        var report = await ImportAsync(Csv(Header, $"{household},SubsistenceAllowance,2024-03-01,Active"));

        AssertCounts(report, changed: 1, studentsChanged: 2);
        foreach (var id in new[] { elder, younger })
        {
            var student = await _client.GetStudentAsync(id);
            Assert.Equal(["SubsistenceAllowance"], student["categories"].Strings());
            Assert.Equal(2, student.Number("version"));
            var file = await _client.GetFileAsync(id);
            var change = Assert.Single(file.HistoryOf("categories"));
            Assert.Equal("SubsistenceAllowance", change.Text("newValue"));
            Assert.Equal("2024-03-01", change.Text("effectiveOn"));
            Assert.StartsWith("household-list:", change.Text("source"), StringComparison.Ordinal);
            var period = Assert.Single(file.PeriodsOf("SubsistenceAllowance"));
            Assert.Equal("2024-03-01", period.Text("startedOn"));
            Assert.StartsWith("household-list:", period.Text("startSource"), StringComparison.Ordinal);
        }

        Assert.Empty((await _client.GetStudentAsync(neighbour))["categories"]!.AsArray());
    }

    [Fact]
    public async Task Students_imported_from_a_roster_follow_their_household_too()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var nationalId = TestIds.NationalId();
        await (await _client.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, householdId: household)))).ShouldBeAsync(HttpStatusCode.OK);

        var report = await ImportAsync(Csv(Header, $"{household},ExtremePoverty,2024-05-01,Active"));

        AssertCounts(report, changed: 1, studentsChanged: 1);
        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal(["ExtremePoverty"], student["categories"].Strings());
        Assert.Equal(2, student.Number("version"));
    }

    [Fact]
    public async Task An_exited_household_category_ends_the_day_before_its_date()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, categories: ["RegisteredPoorHousehold", "Orphan"], householdId: household);

        var report = await ImportAsync(Csv(Header, $"{household},RegisteredPoorHousehold,2024-07-01,Exited"));

        AssertCounts(report, changed: 1, studentsChanged: 1);
        Assert.Equal(["Orphan"], (await _client.GetStudentAsync(id))["categories"].Strings());
        var file = await _client.GetFileAsync(id);
        var ended = Assert.Single(file.PeriodsOf("RegisteredPoorHousehold"));
        Assert.Equal("2021-09-01", ended.Text("startedOn"));
        Assert.Equal("2024-06-30", ended.Text("endedOn"));
        Assert.StartsWith("household-list:", ended.Text("endSource"), StringComparison.Ordinal);
        Assert.Null(Assert.Single(file.PeriodsOf("Orphan"))["endedOn"]);
        var change = Assert.Single(file.HistoryOf("categories"));
        Assert.Equal("2024-07-01", change.Text("effectiveOn"));
        Assert.StartsWith("household-list:", change.Text("source"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_list_again_changes_nothing()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, householdId: household);
        var csv = Csv(Header, $"{household},ExtremePoverty,2024-01-15,Active", $"{household},Orphan,2024-01-15,Exited");
        AssertCounts(await ImportAsync(csv), changed: 2, studentsChanged: 1);

        var again = await ImportAsync(csv);

        AssertCounts(again, changed: 0, unchanged: 2, studentsChanged: 0);
        var file = await _client.GetFileAsync(id);
        Assert.Single(file.HistoryOf("categories"));
        Assert.Equal(2, file["profile"].Number("version"));
    }

    [Fact]
    public async Task A_household_that_later_exits_ends_the_period_it_opened()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, householdId: household);
        await ImportAsync(Csv(Header, $"{household},RegisteredPoorHousehold,2023-03-01,Active"));

        var report = await ImportAsync(Csv(Header, $"{household},RegisteredPoorHousehold,2025-01-01,Exited"));

        AssertCounts(report, changed: 1, studentsChanged: 1);
        var period = Assert.Single((await _client.GetFileAsync(id)).PeriodsOf("RegisteredPoorHousehold"));
        Assert.Equal("2023-03-01", period.Text("startedOn"));
        Assert.Equal("2024-12-31", period.Text("endedOn"));
        Assert.Empty((await _client.GetStudentAsync(id))["categories"]!.AsArray());
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_but_no_student_follows()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, householdId: household);
        var csv = Csv(Header, $"{household},DisabledHousehold,2024-03-01,Active");

        var report = await ImportAsync(csv, dryRun: true);

        AssertCounts(report, changed: 1, studentsChanged: 1, dryRun: true, stored: false);
        Assert.Empty((await _client.GetStudentAsync(id))["categories"]!.AsArray());
        AssertCounts(await ImportAsync(csv), changed: 1, studentsChanged: 1);
    }

    [Fact]
    public async Task Chinese_headers_and_status_words_are_read()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, householdId: household);

        var report = await ImportAsync(Csv("户编号,困难类型,生效日期,状态", $"{household},RegisteredPoorHousehold,2024-03-01,有效"));

        AssertCounts(report, changed: 1, studentsChanged: 1);
        Assert.Equal(["RegisteredPoorHousehold"], (await _client.GetStudentAsync(id))["categories"].Strings());
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_their_lines_and_nothing_is_stored()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, householdId: household);
        var csv = Csv(
            Header,
            $"{household},Orphan,2024-03-01,Active",
            $"{household},Rich,2024-03-01,Active",
            $"{household},SubsistenceAllowance,2024-02-30,Active",
            $"{household},ExtremePoverty,2024-03-01,Gone",
            ",ExtremePoverty,2024-03-01,Active");

        var problem = await (await _client.PostCsvAsync(Households, csv)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var report = problem["report"]!;
        AssertCounts(report, changed: 1, rejected: 4, studentsChanged: 1, stored: false);
        Assert.Equal("category", Error(report, 3).Text("field"));
        Assert.Contains("Rich", Error(report, 3).Text("message"), StringComparison.Ordinal);
        Assert.Equal("effective_on", Error(report, 4).Text("field"));
        Assert.Equal("status", Error(report, 5).Text("field"));
        Assert.Contains("Active, Exited", Error(report, 5).Text("message"), StringComparison.Ordinal);
        Assert.Equal("household_id", Error(report, 6).Text("field"));
        Assert.Empty((await _client.GetStudentAsync(id))["categories"]!.AsArray());
    }

    [Fact]
    public async Task Partial_import_applies_the_good_rows_and_reports_the_bad()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var id = await _client.StudentAsync(schoolCode, householdId: household);
        var csv = Csv(Header, $"{household},Rich,2024-03-01,Active", $"{household},Orphan,2024-03-01,Active");

        var report = await (await _client.PostCsvAsync($"{Households}?partial=true", csv)).ShouldBeAsync(HttpStatusCode.OK);

        AssertCounts(report, changed: 1, rejected: 1, studentsChanged: 1);
        Assert.Equal("category", Error(report, 2).Text("field"));
        Assert.Equal(["Orphan"], (await _client.GetStudentAsync(id))["categories"].Strings());
    }

    [Fact]
    public async Task A_list_without_the_status_column_is_refused_naming_header()
    {
        var response = await _client.PostCsvAsync(Households, Csv("household_id,category,effective_on", "H1,Orphan,2024-03-01"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("header"), m => m.Contains("status", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_list_is_refused_naming_file()
    {
        var response = await _client.PostCsvAsync(Households, string.Empty);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task A_list_with_a_header_only_is_refused_naming_file()
    {
        var response = await _client.PostCsvAsync(Households, Csv(Header), withBom: true);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task A_list_sent_as_json_is_refused_as_an_unsupported_media_type()
    {
        var response = await _client.PostRawJsonAsync(Households, "{}");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_list_saved_as_gbk_by_chinese_excel_is_read_as_gb18030()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var household = TestIds.Code("HH");
        var student = await _client.StudentAsync(schoolCode, householdId: household);

        // 户编号,困难类型,生效日期,状态 and 有效 (active), as GBK bytes.
        var bytes = Uploads.Gb18030.GetBytes($"户编号,困难类型,生效日期,状态\r\n{household},Orphan,2024-03-01,有效\r\n");
        var response = await _client.PostCsvBytesAsync(Households, bytes);

        AssertCounts(await response.ShouldBeAsync(HttpStatusCode.OK), changed: 1, studentsChanged: 1);
        Assert.Equal(["Orphan"], (await _client.GetStudentAsync(student))["categories"].Strings());
    }
}
