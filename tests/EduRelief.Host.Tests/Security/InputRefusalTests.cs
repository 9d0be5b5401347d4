using System.Globalization;
using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// Input a careless or hostile user could store is refused naming the field: names that hide or turn their text,
/// dates that cannot be, pages past the end of any list.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class InputRefusalTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    /// <summary>The Host's own today in the county, from its clock, not this machine's.</summary>
    private DateOnly CountyToday => app.Services.GetRequiredService<CountyClock>().Today;

    public static TheoryData<string, string> BadNames => new()
    {
        { "张\u202E三", "U+202E" },
        { "\u2066张三\u2069", "U+2066" },
        { "张\u0007三", "U+0007" },
        { "张\u200B三", "U+200B" },
        { "\uFEFF", "U+FEFF" },
        { "张\u2028三", "U+2028" },
        { "张\u2029三", "U+2029" },
        { "\u200C\u200D", "visible characters" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_student_name_with_hidden_or_only_invisible_characters_is_refused(string name, string says)
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var body = RegistryApi.StudentBody(school);
        body["name"] = name;

        var problem = await (await _officer.RegisterAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.FieldErrors("name"), m => m.Contains(says, StringComparison.Ordinal));
        Assert.Equal(0, await _officer.CountByNationalIdAsync(body["nationalId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Township_school_and_village_names_follow_the_same_rule()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        const string reversed = "城关\u202E镇";

        var responses = new[]
        {
            await _officer.PostJsonAsync(RegistryApi.Townships, new { code = TestIds.Code("T"), name = reversed }),
            await _officer.PostJsonAsync(RegistryApi.Schools, new { code = TestIds.Code("S"), name = reversed, townshipCode = township, stage = "Primary", location = "Rural", classrooms = 3 }),
            await _officer.PostJsonAsync(RegistryApi.Villages, new { code = TestIds.Code("V"), name = "\u200B", townshipCode = township }),
        };

        foreach (var response in responses)
        {
            Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));
        }
    }

    [Fact]
    public async Task A_name_in_an_ordinary_script_is_still_accepted()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var body = RegistryApi.StudentBody(school);
        body["name"] = "阿依古丽·买买提";

        await (await _officer.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_roster_row_with_a_hidden_character_or_a_future_enrolment_is_reported_under_its_column()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var tomorrow = CountyToday.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = RegistryApi.Csv(
            RegistryApi.RosterHeader,
            RegistryApi.RosterLine(TestIds.NationalId(), school, name: "李\u202E四"),
            RegistryApi.RosterLine(TestIds.NationalId(), school, enrolledOn: tomorrow));

        var report = await (await _officer.ImportRosterAsync(csv, partial: true)).ReadJsonAsync();

        var errors = report["errors"]!.AsArray().Select(e => (Line: e!.Number("line"), Field: e.Text("field"), Message: e.Text("message"))).ToList();
        Assert.Contains(errors, e => e.Line == 2 && e.Field == "name" && e.Message.Contains("U+202E", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 3 && e.Field == "enrolled_on" && e.Message.Contains("in the future", StringComparison.Ordinal));
        Assert.Equal(0, await _officer.CountStudentsAsync($"schoolCode={school}"));
    }

    [Fact]
    public async Task A_student_enrolled_in_the_future_is_refused_naming_enrolledOn()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var body = RegistryApi.StudentBody(school);
        body["enrolledOn"] = CountyToday.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var problem = await (await _officer.RegisterAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.FieldErrors("enrolledOn"), m => m.Contains("in the future", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_taking_effect_before_the_student_was_born_is_refused_naming_effectiveOn()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.StudentAsync(school, TestIds.NationalId(new DateOnly(2015, 3, 5)));

        var response = await _officer.PatchJsonAsync($"{RegistryApi.Students}/{id}", new { grade = 4, effectiveOn = "2015-03-04", version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("effectiveOn"), m => m.Contains("2015-03-05", StringComparison.Ordinal));
        var student = await _officer.GetStudentAsync(id);
        Assert.Equal(3, student.Number("grade"));
        Assert.Equal(1, student.Number("version"));
    }

    [Theory]
    [InlineData(RegistryApi.Students)]
    [InlineData(RegistryApi.Townships)]
    [InlineData(RegistryApi.Schools)]
    [InlineData(SubsidiesApi.Outreach)]
    [InlineData("/api/subsidies/payments")]
    public async Task A_page_past_the_end_of_any_list_is_refused_naming_page(string list)
    {
        var response = await _officer.GetAsync($"{list}?page=2147483647");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("must be at most 200000 with pageSize 50", problem.FieldErrors("page"));
    }

    [Fact]
    public async Task The_audit_log_refuses_such_a_page_too_and_the_last_allowed_page_is_empty()
    {
        using var admin = app.CreateAdminClient();

        await (await admin.GetAsync("/api/access/audit?page=20001&pageSize=500")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var last = await (await admin.GetAsync("/api/access/audit?page=20000&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(last["items"]!.AsArray());
    }

    [Fact]
    public async Task A_change_without_the_version_it_was_read_at_is_refused_naming_version()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = await _officer.StudentAsync(school);

        var response = await _officer.PatchJsonAsync($"{RegistryApi.Students}/{id}", new { grade = 4 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("version"), m => m.Contains("is required", StringComparison.Ordinal));
        Assert.Equal(3, (await _officer.GetStudentAsync(id)).Number("grade"));
    }
}
