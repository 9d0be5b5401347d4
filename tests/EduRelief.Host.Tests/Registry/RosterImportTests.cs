using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Good roster files: what is reported and what a read-back through the API shows.</summary>
[Collection(HostCollection.Name)]
public sealed class RosterImportTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<JsonNode> ImportAsync(string csv, bool withBom = false) =>
        await (await _client.ImportRosterAsync(csv, withBom: withBom)).ShouldBeAsync(HttpStatusCode.OK);

    [Fact]
    public async Task A_roster_with_english_headers_registers_every_student()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var ids = new[] { TestIds.NationalId(), TestIds.NationalId(), TestIds.NationalId() };

        var report = await ImportAsync(Csv(RosterHeader, RosterLine(ids[0], schoolCode), RosterLine(ids[1], schoolCode), RosterLine(ids[2], schoolCode)));

        report.AssertRosterCounts(accepted: 3);
        Assert.Empty(report["errors"]!.AsArray());
        var listed = await _client.FindStudentsAsync($"schoolCode={schoolCode}");
        Assert.Equal(3, listed.Number("total"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed["items"].Strings("nationalId").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_imported_student_reads_back_with_every_field_as_the_file_gave_it()
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync("JuniorSecondary", "Remote");
        var nationalId = TestIds.NationalId(new DateOnly(2012, 7, 15), male: false);
        var line = RosterLine(nationalId, schoolCode, grade: 7, boarding: "true", householdId: "HH-0042", categories: "RegisteredPoorHousehold|Orphan",
            leftBehind: "true", disabilityCategory: "Hearing", disabilityGrade: "2", enrolledOn: "2023-09-01", name: "王小花");

        (await ImportAsync(Csv(RosterHeader, line))).AssertRosterCounts(accepted: 1);

        var listed = await _client.StudentByNationalIdAsync(nationalId);
        var student = await _client.GetStudentAsync(listed.Text("id"));
        Assert.Equal(nationalId, student.Text("nationalId"));
        Assert.Equal("王小花", student.Text("name"));
        Assert.Equal("2012-07-15", student.Text("birthDate"));
        Assert.Equal("Female", student.Text("sex"));
        Assert.Equal(schoolCode, student.Text("schoolCode"));
        Assert.Equal(townshipCode, student.Text("townshipCode"));
        Assert.Equal("JuniorSecondary", student.Text("stage"));
        Assert.Equal("Remote", student.Text("schoolLocation"));
        Assert.Equal(7, student.Number("grade"));
        Assert.True(student.Flag("boarding"));
        Assert.Equal("HH-0042", student.Text("householdId"));
        Assert.Equal(["RegisteredPoorHousehold", "Orphan"], student["categories"].Strings());
        Assert.True(student.Flag("leftBehind"));
        Assert.Equal("Hearing", student["disability"].Text("category"));
        Assert.Equal(2, student["disability"].Number("grade"));
        Assert.Equal("Enrolled", student.Text("status"));
        Assert.Equal("2023-09-01", student.Text("enrolledOn"));
        Assert.Equal(1, student.Number("version"));
        Assert.Equal(TestIds.CardFor(nationalId), student["account"].Text("number"));

        // The list carries the same student, but for the guardian and the account, which only a student's own read shows.
        Assert.Null(listed["account"]);
        student.AsObject().Remove("account");
        listed.AsObject().Remove("account");
        Assert.Equal(listed.ToJsonString(), student.ToJsonString());
    }

    [Fact]
    public async Task An_imported_student_has_a_file_with_category_periods_from_enrolment_naming_the_import()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, categories: "SubsistenceAllowance", enrolledOn: "2022-09-01")));
        var id = (await _client.StudentByNationalIdAsync(nationalId)).Text("id");

        var file = await _client.GetFileAsync(id);

        var period = Assert.Single(file["categoryPeriods"]!.AsArray())!;
        Assert.Equal("SubsistenceAllowance", period.Text("category"));
        Assert.Equal("2022-09-01", period.Text("startedOn"));
        Assert.StartsWith("roster-import:", period.Text("startSource"), StringComparison.Ordinal);
        Assert.Null(period["endedOn"]);
        Assert.Empty(file["history"]!.AsArray());
        Assert.Empty(file["entries"]!.AsArray());
    }

    [Fact]
    public async Task Empty_optional_cells_give_a_day_pupil_without_categories_or_disability()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(male: true);
        var line = string.Join(',', nationalId, "赵六", schoolCode, "2", "", "", "", "", "", "", "2021-09-01");

        (await ImportAsync(Csv(RosterHeader, line))).AssertRosterCounts(accepted: 1);

        var student = await _client.GetStudentAsync((await _client.StudentByNationalIdAsync(nationalId)).Text("id"));
        Assert.False(student.Flag("boarding"));
        Assert.False(student.Flag("leftBehind"));
        Assert.Empty(student["categories"]!.AsArray());
        Assert.Null(student["disability"]);
        Assert.Null(student["householdId"]);
        Assert.Equal("Male", student.Text("sex"));
    }

    [Fact]
    public async Task A_roster_with_chinese_headers_yes_no_words_and_a_byte_order_mark_is_read()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var boarder = TestIds.NationalId();
        var dayPupil = TestIds.NationalId();
        var csv = Csv(
            "身份证号,姓名,学校代码,年级,是否寄宿,户编号,困难类型,是否留守,残疾类别,残疾等级,入学日期",
            $"{boarder},张三,{schoolCode},4,是,H-CN-1,RegisteredPoorHousehold,否,Visual,3,2020-09-01",
            $"{dayPupil},李四,{schoolCode},5,否,,,是,,,2019-09-01");

        (await ImportAsync(csv, withBom: true)).AssertRosterCounts(accepted: 2);

        var first = await _client.StudentByNationalIdAsync(boarder);
        Assert.Equal("张三", first.Text("name"));
        Assert.True(first.Flag("boarding"));
        Assert.False(first.Flag("leftBehind"));
        Assert.Equal("H-CN-1", first.Text("householdId"));
        Assert.Equal(["RegisteredPoorHousehold"], first["categories"].Strings());
        Assert.Equal("Visual", first["disability"].Text("category"));
        Assert.Equal(3, first["disability"].Number("grade"));
        Assert.Equal("2020-09-01", first.Text("enrolledOn"));
        var second = await _client.StudentByNationalIdAsync(dayPupil);
        Assert.False(second.Flag("boarding"));
        Assert.True(second.Flag("leftBehind"));
        Assert.Equal(5, second.Number("grade"));
    }

    [Fact]
    public async Task Columns_may_come_in_any_order_and_optional_ones_may_be_left_out()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var csv = Csv("enrolled_on,grade,left_behind,school_code,name,national_id", $"2020-09-01,6,true,{schoolCode},孙七,{nationalId}");

        (await ImportAsync(csv)).AssertRosterCounts(accepted: 1);

        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal("孙七", student.Text("name"));
        Assert.Equal(6, student.Number("grade"));
        Assert.True(student.Flag("leftBehind"));
        Assert.Equal("2020-09-01", student.Text("enrolledOn"));
        Assert.Equal(schoolCode, student.Text("schoolCode"));
    }

    [Fact]
    public async Task Quoted_cells_windows_line_ends_and_blank_lines_are_read()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var first = TestIds.NationalId();
        var second = TestIds.NationalId();
        var csv = "national_id,name,school_code,grade,enrolled_on\r\n"
            + $"{first},\"欧阳, 娜娜\",{schoolCode},3,2021-09-01\r\n"
            + "\r\n"
            + $"\"{second}\",\"\"\"小\"\"明\",\"{schoolCode}\",\"4\",\"2021-09-01\"\r\n";

        (await ImportAsync(csv)).AssertRosterCounts(accepted: 2);

        Assert.Equal("欧阳, 娜娜", (await _client.StudentByNationalIdAsync(first)).Text("name"));
        Assert.Equal("\"小\"明", (await _client.StudentByNationalIdAsync(second)).Text("name"));
    }

    [Fact]
    public async Task Empty_rows_a_spreadsheet_leaves_as_bare_commas_are_skipped_like_blank_lines()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();

        var response = await _client.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode), ",,,,,,,,,,", ",,,,,,,,,,"));

        (await response.ShouldBeAsync(HttpStatusCode.OK)).AssertRosterCounts(accepted: 1);
        Assert.Equal(1, await _client.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task An_imported_student_can_be_changed_afterwards_like_any_other()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, categories: "Orphan")));
        var id = (await _client.StudentByNationalIdAsync(nationalId)).Text("id");

        var changed = await (await _client.PatchJsonAsync($"{Students}/{id}", new { grade = 4, categories = Array.Empty<string>(), version = 1, effectiveOn = "2024-09-01" }))
            .ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(2, changed.Number("version"));
        var period = Assert.Single((await _client.GetFileAsync(id)).PeriodsOf("Orphan"));
        Assert.Equal("2024-08-31", period.Text("endedOn"));
    }

    [Fact]
    public async Task An_imported_student_cannot_be_registered_a_second_time()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await ImportAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode)));

        var response = await _client.RegisterAsync(StudentBody(schoolCode, nationalId));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await _client.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task A_roster_sent_as_csv_with_a_charset_is_accepted()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var content = new StringContent(Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode)), System.Text.Encoding.UTF8, "text/csv");

        var response = await _client.PostAsync(Roster, content);

        Assert.Equal(1, (await response.ShouldBeAsync(HttpStatusCode.OK)).Number("accepted"));
    }
}
