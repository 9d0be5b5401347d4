using System.IO.Compression;
using System.Net;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// Rosters as the bureau gets them: XLSX from the student-aid system, CSV saved by Chinese Excel (GB18030), a browser
/// form's multipart upload; and the files that cannot be read, each refused naming the field and changing nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RosterSpreadsheetTests(EduReliefApp app)
{
    private const string ChineseHeader = "身份证号,姓名,学校代码,年级,入学日期";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task An_xlsx_roster_with_chinese_headers_numbers_and_date_cells_is_imported()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var xlsx = Uploads.Xlsx(["身份证号", "姓名", "学校代码", "年级", "是否寄宿", "入学日期"], [nationalId, "欧阳娜娜", schoolCode, 4, "是", new DateTime(2022, 9, 1)]);

        var report = await (await _client.PostXlsxAsync(Roster, xlsx)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 1);
        var student = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal("欧阳娜娜", student.Text("name"));
        Assert.Equal(4, student.Number("grade"));
        Assert.True(student.Flag("boarding"));
        Assert.Equal("2022-09-01", student.Text("enrolledOn"));
    }

    [Fact]
    public async Task An_xlsx_roster_with_a_bad_row_names_its_sheet_row_and_column_and_stores_nothing()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var xlsx = Uploads.Xlsx(
            ["身份证号", "姓名", "学校代码", "年级", "入学日期"],
            [TestIds.NationalId(), "张三", schoolCode, 3, "2021-09-01"],
            [null, null, null, null, null],
            [TestIds.NationalId(), "李四", schoolCode, 13, "2021-09-01"]);

        var problem = await (await _client.PostXlsxAsync(Roster, xlsx)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem["report"]!["errors"]!.AsArray())!;
        Assert.Equal(4, error.Number("line"));
        Assert.Equal("年级", error.Text("field"));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task The_sheet_named_by_sheet_is_read_and_a_sheet_that_does_not_exist_is_refused_listing_the_sheets()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var xlsx = Uploads.XlsxSheets(
            ("说明", [["本工作簿第二张表为花名册"]]),
            ("花名册", Uploads.Cells(Csv(ChineseHeader, $"{nationalId},王五,{schoolCode},2,2023-09-01"))));

        var missing = await (await _client.PostXlsxAsync($"{Roster}?sheet=学生", xlsx)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(missing.FieldErrors("sheet"));
        Assert.Contains("说明", message, StringComparison.Ordinal);
        Assert.Contains("花名册", message, StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));

        var report = await (await _client.PostXlsxAsync($"{Roster}?sheet={Uri.EscapeDataString("花名册")}", xlsx)).ShouldBeAsync(HttpStatusCode.OK);
        report.AssertRosterCounts(accepted: 1);
        Assert.Equal("王五", (await _client.StudentByNationalIdAsync(nationalId)).Text("name"));
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/csv; charset=gb18030")]
    [InlineData("text/csv; charset=utf-8")]
    [InlineData("application/vnd.ms-excel")]
    public async Task A_csv_saved_by_chinese_excel_in_gb18030_imports_its_chinese_names_intact(string contentType)
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var (first, second) = (TestIds.NationalId(), TestIds.NationalId());
        var csv = Csv(ChineseHeader, $"{first},欧阳娜娜,{schoolCode},3,2021-09-01", $"{second},䶮李,{schoolCode},5,2019-09-01").Replace("\n", "\r\n", StringComparison.Ordinal);

        var report = await (await _client.PostBytesAsync(Roster, Uploads.Gb18030.GetBytes(csv), contentType)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 2);
        Assert.Equal("欧阳娜娜", (await _client.StudentByNationalIdAsync(first)).Text("name"));
        Assert.Equal("䶮李", (await _client.StudentByNationalIdAsync(second)).Text("name"));
    }

    [Theory]
    [InlineData("roster.xlsx", Exports.XlsxType)]
    [InlineData("roster.xlsx", "application/octet-stream")]
    [InlineData("roster.csv", "text/csv")]
    public async Task A_roster_sent_as_a_browser_form_field_is_imported(string fileName, string contentType)
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var csv = Csv(ChineseHeader, $"{nationalId},赵六,{schoolCode},1,2024-09-01");
        var bytes = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? Uploads.Xlsx(Uploads.Cells(csv)) : Encoding.UTF8.GetBytes(csv);

        var report = await (await _client.PostFormFileAsync($"{Roster}?dryRun=false", bytes, fileName, contentType)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 1);
        Assert.Equal("赵六", (await _client.StudentByNationalIdAsync(nationalId)).Text("name"));
    }

    [Fact]
    public async Task A_form_without_a_file_field_is_refused_naming_file()
    {
        var form = new MultipartFormDataContent { { new StringContent("x"), "roster" } };

        var problem = await (await _client.PostAsync(Roster, form)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    public static TheoryData<string, string, string, string> Unreadable => new()
    {
        // name, body, content type, what the message says
        { "damaged", "damaged-xlsx", Exports.XlsxType, "XLSX" },
        { "zip, no workbook", "zip", Exports.XlsxType, "XLSX" },
        { "password-protected", "compound", Exports.XlsxType, "password" },
        { "password-protected, sent as octet-stream", "compound", "application/octet-stream", "password" },
        { "text said to be XLSX", "text", Exports.XlsxType, "XLSX" },
        { "a PNG", "png", "application/octet-stream", "neither" },
        { "a PNG sent as CSV", "png", "text/csv", "neither" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_file_that_is_neither_a_readable_csv_nor_xlsx_is_refused_naming_file(string name, string body, string contentType, string says)
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.PostBytesAsync(Roster, Body(body, schoolCode), contentType);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("file"));
        Assert.True(message.Contains(says, StringComparison.Ordinal), $"{name}: {message}");
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_charset_that_is_not_read_is_refused_naming_charset()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var bytes = Encoding.UTF8.GetBytes(Csv(ChineseHeader, $"{TestIds.NationalId()},张三,{schoolCode},3,2021-09-01"));

        var problem = await (await _client.PostBytesAsync(Roster, bytes, "text/csv; charset=big5")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("big5", Assert.Single(problem.FieldErrors("charset")), StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_sheet_named_for_a_csv_is_refused_naming_sheet()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.PostCsvAsync($"{Roster}?sheet=Sheet1", Csv(ChineseHeader, $"{TestIds.NationalId()},张三,{schoolCode},3,2021-09-01"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("sheet"));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    private static byte[] Body(string kind, string schoolCode)
    {
        var workbook = Uploads.Xlsx(Uploads.Cells(Csv(ChineseHeader, $"{TestIds.NationalId()},张三,{schoolCode},3,2021-09-01")));
        return kind switch
        {
            "damaged-xlsx" => workbook[..(workbook.Length / 2)],
            "zip" => Zip(),
            "compound" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
            "text" => Encoding.UTF8.GetBytes(Csv(ChineseHeader)),
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] Zip()
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            entry.Write("<document/>");
        }

        return file.ToArray();
    }
}
