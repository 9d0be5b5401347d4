using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// Rosters with bad rows: every bad row is reported with its line, column and reason; good rows are kept only when
/// partial import was asked for.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RosterBadRowTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private static JsonNode Error(JsonNode report, int line) =>
        Assert.Single(report["errors"]!.AsArray(), e => e!.Number("line") == line)!;

    /// <summary>Sent without partial: a 400 problem carrying the report, nothing stored.</summary>
    private async Task<JsonNode> RefusedAsync(string csv)
    {
        var problem = await (await _client.ImportRosterAsync(csv)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var report = problem["report"];
        Assert.NotNull(report);
        Assert.False(report.Flag("stored"));
        return report;
    }

    [Fact]
    public async Task A_bad_row_refuses_the_whole_file_with_its_line_and_nothing_is_stored()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var csv = Csv(
            RosterHeader,
            RosterLine(TestIds.NationalId(), schoolCode),
            RosterLine(TestIds.NationalId(), schoolCode, grade: 13),
            RosterLine(TestIds.NationalId(), schoolCode));

        var report = await RefusedAsync(csv);

        report.AssertRosterCounts(accepted: 2, rejected: 1, stored: false);
        var error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal(3, error.Number("line"));
        Assert.Equal("grade", error.Text("field"));
        Assert.Equal("must be between 1 and 12", error.Text("message"));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task Partial_import_keeps_the_good_rows_and_reports_the_bad_one()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var good = new[] { TestIds.NationalId(), TestIds.NationalId() };
        var bad = TestIds.NationalId();
        var csv = Csv(RosterHeader, RosterLine(good[0], schoolCode), RosterLine(bad, schoolCode, grade: 0), RosterLine(good[1], schoolCode));

        var report = await (await _client.ImportRosterAsync(csv, partial: true)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 2, rejected: 1);
        Assert.Equal("grade", Error(report, 3).Text("field"));
        Assert.Equal(2, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
        Assert.Equal(0, await _client.CountByNationalIdAsync(bad));
    }

    [Fact]
    public async Task A_dry_run_with_a_bad_row_reports_it_and_stores_nothing()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var csv = Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode), RosterLine(TestIds.NationalId(), schoolCode, categories: "Rich"));

        var report = await (await _client.ImportRosterAsync(csv, dryRun: true, partial: true)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 1, rejected: 1, dryRun: true, stored: false);
        Assert.Equal("categories", Error(report, 3).Text("field"));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_own_line()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var (wrongCheck, expected) = TestIds.WithWrongCheck();
        var csv = Csv(
            RosterHeader,
            RosterLine(wrongCheck, schoolCode),
            RosterLine(TestIds.NationalId(), schoolCode, categories: "RegisteredPoorHousehold|Rich"),
            RosterLine(TestIds.NationalId(), schoolCode, disabilityCategory: "Hearing", disabilityGrade: "5"),
            RosterLine(TestIds.NationalId(), schoolCode, boarding: "maybe"),
            RosterLine(TestIds.NationalId(), schoolCode, enrolledOn: "2021/09/01"),
            RosterLine(TestIds.NationalId(), schoolCode, name: ""),
            RosterLine(TestIds.NationalId(), "NO-SUCH-SCHOOL"));

        var report = await RefusedAsync(csv);

        Assert.Equal(7, report.Number("rejected"));
        Assert.Equal(("national_id", $"check character should be {expected}"), (Error(report, 2).Text("field"), Error(report, 2).Text("message")));
        Assert.Equal("categories", Error(report, 3).Text("field"));
        Assert.Contains("Rich", Error(report, 3).Text("message"), StringComparison.Ordinal);
        Assert.Equal("disability_grade", Error(report, 4).Text("field"));
        Assert.Equal("boarding", Error(report, 5).Text("field"));
        Assert.Equal("enrolled_on", Error(report, 6).Text("field"));
        Assert.Equal("name", Error(report, 7).Text("field"));
        Assert.Equal("school_code", Error(report, 8).Text("field"));
        Assert.Contains("NO-SUCH-SCHOOL", Error(report, 8).Text("message"), StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountByNationalIdAsync(wrongCheck[..17] + expected));
    }

    [Fact]
    public async Task An_impossible_birth_date_in_an_id_is_reported_on_its_line()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        const string first17 = "52010220140231123";

        var report = await RefusedAsync(Csv(RosterHeader, RosterLine(first17 + TestIds.NationalIdCheck(first17), schoolCode)));

        var error = Error(report, 2);
        Assert.Equal("national_id", error.Text("field"));
        Assert.Contains("is not a real date", error.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_national_id_twice_in_one_file_names_the_earlier_line()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var twice = TestIds.NationalId();
        var csv = Csv(RosterHeader, RosterLine(twice, schoolCode), RosterLine(TestIds.NationalId(), schoolCode), RosterLine(twice, schoolCode, grade: 4));

        var report = await (await _client.ImportRosterAsync(csv, partial: true)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 2, rejected: 1);
        var error = Error(report, 4);
        Assert.Equal("national_id", error.Text("field"));
        Assert.Contains("line 2", error.Text("message"), StringComparison.Ordinal);
        var kept = await _client.StudentByNationalIdAsync(twice);
        Assert.Equal(3, kept.Number("grade"));
    }

    [Fact]
    public async Task A_row_of_an_unknown_school_is_reported_and_the_others_kept_on_partial_import()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var orphaned = TestIds.NationalId();
        var csv = Csv(RosterHeader, RosterLine(orphaned, "NO-SUCH-SCHOOL"), RosterLine(TestIds.NationalId(), schoolCode));

        var report = await (await _client.ImportRosterAsync(csv, partial: true)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 1, rejected: 1);
        Assert.Equal("school_code", Error(report, 2).Text("field"));
        Assert.Equal(0, await _client.CountByNationalIdAsync(orphaned));
    }

    [Fact]
    public async Task Errors_in_a_chinese_roster_name_the_chinese_column()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var csv = Csv(
            "身份证号,姓名,学校代码,年级,是否寄宿,入学日期",
            $"{TestIds.NationalId()},张三,{schoolCode},十三,是,2021-09-01",
            $"{TestIds.NationalId()},李四,{schoolCode},3,也许,2021-09-01",
            $"{TestIds.NationalId()},王五,未知学校,3,否,2021-09-01");

        var report = await RefusedAsync(csv);

        Assert.Equal("年级", Error(report, 2).Text("field"));
        Assert.Equal("是否寄宿", Error(report, 3).Text("field"));
        Assert.Equal("学校代码", Error(report, 4).Text("field"));
    }

    [Fact]
    public async Task A_bad_row_in_a_re_import_rolls_back_the_updates_of_the_good_rows()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await (await _client.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, grade: 3)))).ShouldBeAsync(HttpStatusCode.OK);

        var report = await RefusedAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, grade: 4), RosterLine(TestIds.NationalId(), schoolCode, grade: 99)));

        report.AssertRosterCounts(accepted: 0, updated: 1, rejected: 1, stored: false);
        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal(3, student.Number("grade"));
        Assert.Empty((await _client.GetFileAsync(student.Text("id")))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_file_of_only_bad_rows_is_refused_with_every_line()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var report = await RefusedAsync(Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode, grade: 0), RosterLine(TestIds.NationalId(), schoolCode, grade: 14)));

        report.AssertRosterCounts(accepted: 0, rejected: 2, stored: false);
        Assert.Equal([2, 3], report["errors"]!.AsArray().Select(e => e!.Number("line")));
    }
}
