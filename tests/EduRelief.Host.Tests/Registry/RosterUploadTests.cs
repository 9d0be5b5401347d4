using System.Diagnostics;
using System.Net;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Roster uploads refused as a whole: wrong header, no rows, two encodings in one file, wrong media type, too large.</summary>
[Collection(HostCollection.Name)]
public sealed class RosterUploadTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_roster_without_the_national_id_column_is_refused_naming_header()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.ImportRosterAsync(Csv("name,school_code,grade,enrolled_on", $"张三,{schoolCode},3,2021-09-01"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("header"));
        Assert.Contains("national_id", message, StringComparison.Ordinal);
        Assert.Contains("身份证号", message, StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task Every_missing_required_column_is_named()
    {
        var response = await _client.ImportRosterAsync(Csv("national_id,name", $"{TestIds.NationalId()},张三"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.FieldErrors("header");
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("school_code", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("grade", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("enrolled_on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_column_is_refused_naming_header()
    {
        var response = await _client.ImportRosterAsync(Csv(RosterHeader + ",email", RosterLine(TestIds.NationalId(), "S") + ",a@b.cn"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("header"), m => m.Contains("email", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_column_given_twice_is_refused_naming_header()
    {
        var response = await _client.ImportRosterAsync(Csv("national_id,name,school_code,grade,enrolled_on,年级", $"{TestIds.NationalId()},张三,S,3,2021-09-01,3"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("header"), m => m.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_upload_is_refused_naming_file()
    {
        var response = await _client.ImportRosterAsync(string.Empty);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task A_header_without_rows_is_refused_naming_file()
    {
        var response = await _client.ImportRosterAsync(Csv(RosterHeader));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task A_header_followed_by_blank_lines_is_refused_naming_file()
    {
        var response = await _client.ImportRosterAsync(Csv(RosterHeader, string.Empty, string.Empty));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task A_roster_that_changes_encoding_past_its_first_64_KB_is_refused_naming_both_and_no_line()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var lines = Enumerable.Range(0, 1_500).Select(_ => RosterLine(TestIds.NationalId(), schoolCode)).ToList();
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes(Csv([RosterHeader, .. lines])),
            .. Encoding.UTF8.GetBytes($"{TestIds.NationalId()},"),
            0xD5, 0xC5, 0xC8, 0xFD,
            .. Encoding.UTF8.GetBytes($",{schoolCode},3,false,,,false,,,2021-09-01\n"),
        ];
        Assert.True(bytes.Length > 64 * 1024);

        var response = await _client.PostCsvBytesAsync(Roster, bytes);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("file"));
        Assert.Contains("UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("charset", message, StringComparison.Ordinal);
        Assert.DoesNotContain("line", message, StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_quoted_cell_left_open_is_refused_naming_file()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.ImportRosterAsync(Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode, name: "\"张三")));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("file"));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_roster_sent_as_json_is_refused_as_an_unsupported_media_type()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var content = new StringContent(Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode)), Encoding.UTF8, "application/json");

        var response = await _client.PostAsync(Roster, content);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/csv", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_roster_sent_without_a_content_type_is_refused_as_an_unsupported_media_type()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(RosterHeader)));

        var response = await _client.PostAsync(Roster, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("dryRun=yes", "dryRun")]
    [InlineData("partial=2", "partial")]
    public async Task A_flag_that_is_not_true_or_false_is_refused_naming_it(string query, string field)
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.PostCsvAsync($"{Roster}?{query}", Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(50)]
    public async Task A_roster_over_the_20_MB_limit_is_refused_as_too_large_without_being_read(int megabytes)
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var bytes = LargeRoster(schoolCode, megabytes * 1024 * 1024);
        var clock = Stopwatch.StartNew();

        var response = await _client.PostCsvBytesAsync(Roster, bytes);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("20 MB", problem.Text("detail"), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    /// <summary>A roster of valid-looking rows (all for one school) of at least <paramref name="size"/> bytes.</summary>
    internal static byte[] LargeRoster(string schoolCode, int size)
    {
        var header = Encoding.UTF8.GetBytes(RosterHeader + "\n");
        var line = Encoding.UTF8.GetBytes(RosterLine(TestIds.NationalId(), schoolCode) + "\n");
        var count = ((size - header.Length) / line.Length) + 1;
        var bytes = new byte[header.Length + (count * line.Length)];
        header.CopyTo(bytes, 0);
        for (var i = 0; i < count; i++)
        {
            line.CopyTo(bytes, header.Length + (i * line.Length));
        }

        return bytes;
    }
}
