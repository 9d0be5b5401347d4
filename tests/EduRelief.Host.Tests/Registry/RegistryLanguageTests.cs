using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Registry messages speak Chinese unless the caller asks for English, and say which in Content-Language.</summary>
[Collection(HostCollection.Name)]
public sealed class RegistryLanguageTests(EduReliefApp app)
{
    private readonly HttpClient _english = app.CreateClient();
    private readonly HttpClient _chinese = WithoutLanguage(app.CreateClient());

    /// <summary>A client that names no language, as a Chinese browser often does not.</summary>
    private static HttpClient WithoutLanguage(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        return client;
    }

    private static void AssertLanguage(HttpResponseMessage response, string tag) =>
        Assert.Equal([tag], response.Content.Headers.ContentLanguage);

    [Fact]
    public async Task A_registration_error_names_its_fields_in_Chinese_unless_English_is_asked_for()
    {
        var (_, schoolCode) = await _english.TownshipWithSchoolAsync();
        var badDates = StudentBody(schoolCode);
        badDates.Remove("grade");
        badDates["enrolledOn"] = "2010-09-01";
        var unknownSchool = StudentBody("NO-SUCH-SCHOOL");

        var chinese = await _chinese.RegisterAsync(badDates);
        var problem = await chinese.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        AssertLanguage(chinese, "zh-CN");
        Assert.Equal(["必填"], problem.FieldErrors("grade"));
        Assert.Equal(["早于学生的出生日期"], problem.FieldErrors("enrolledOn"));
        var chineseSchool = await _chinese.RegisterAsync(unknownSchool);
        Assert.Equal(["学校代码 'NO-SUCH-SCHOOL' 不存在"], (await chineseSchool.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));

        var english = await _english.RegisterAsync(badDates);
        problem = await english.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        AssertLanguage(english, "en");
        Assert.Equal(["is required"], problem.FieldErrors("grade"));
        Assert.Equal(["is before the student's birth date"], problem.FieldErrors("enrolledOn"));
        var englishSchool = await _english.RegisterAsync(unknownSchool);
        Assert.Equal(["no school has code 'NO-SUCH-SCHOOL'"], (await englishSchool.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
    }

    [Fact]
    public async Task A_roster_row_error_is_reported_in_Chinese_by_default()
    {
        var (_, schoolCode) = await _english.TownshipWithSchoolAsync();
        var twice = TestIds.NationalId();
        var csv = Csv(
            RosterHeader,
            RosterLine(twice, schoolCode),
            RosterLine(twice, schoolCode),
            RosterLine(TestIds.NationalId(), "NO-SUCH-SCHOOL"));

        var response = await _chinese.ImportRosterAsync(csv, dryRun: true, partial: true);

        var report = await response.ShouldBeAsync(HttpStatusCode.OK);
        AssertLanguage(response, "zh-CN");
        var errors = report["errors"]!.AsArray();
        Assert.Equal("同一身份证号已在第 2 行出现", Assert.Single(errors, e => e!.Number("line") == 3)!.Text("message"));
        Assert.Equal("学校代码 'NO-SUCH-SCHOOL' 不存在", Assert.Single(errors, e => e!.Number("line") == 4)!.Text("message"));
    }

    [Fact]
    public async Task A_duplicate_township_code_is_a_conflict_in_Chinese()
    {
        var code = TestIds.Code("T");
        await (await _english.PostJsonAsync(Townships, new { code, name = "城关镇" })).ShouldBeAsync(HttpStatusCode.Created);

        var response = await _chinese.PostJsonAsync(Townships, new { code, name = "另一个镇" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        AssertLanguage(response, "zh-CN");
        Assert.Equal([$"乡镇代码 '{code}' 已存在"], problem.FieldErrors("code"));
        Assert.Equal($"乡镇代码 '{code}' 已存在", problem["detail"]!.GetValue<string>());
    }
}
