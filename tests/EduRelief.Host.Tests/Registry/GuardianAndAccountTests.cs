using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// The guardian and the account aid is paid into: kept by the Registry, registered, imported and changed with
/// history; checked (the guardian's ID, the phone, the account's digits and Luhn digit); masked for a caller who may
/// not see full IDs.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class GuardianAndAccountTests(EduReliefApp app)
{
    private const string GuardianHeader = "身份证号,姓名,学校代码,年级,入学日期,监护人姓名,与学生关系,监护人身份证号,联系电话,开户人,开户银行,银行账号";

    private readonly HttpClient _county = app.CreateClient();

    private static JsonObject WithFamily(JsonObject body, string guardianId, string card)
    {
        body["guardian"] = new JsonObject { ["name"] = "王秀英", ["relation"] = "母亲", ["nationalId"] = guardianId, ["phone"] = "13812345678" };
        body["account"] = new JsonObject { ["holder"] = "王秀英", ["bank"] = "农村信用社", ["number"] = card };
        return body;
    }

    [Fact]
    public async Task A_registered_guardian_and_account_are_shown_in_full_to_the_county_and_masked_to_a_township()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var (guardianId, card) = (TestIds.NationalId(new DateOnly(1985, 3, 4), male: false), TestIds.CardNumber());
        var created = await (await _county.RegisterAsync(WithFamily(StudentBody(school), guardianId, card))).ShouldBeAsync(HttpStatusCode.Created);

        var full = await _county.GetStudentAsync(created.Text("id"));
        Assert.Equal("王秀英", full["guardian"].Text("name"));
        Assert.Equal("母亲", full["guardian"].Text("relation"));
        Assert.Equal(guardianId, full["guardian"].Text("nationalId"));
        Assert.Equal("13812345678", full["guardian"].Text("phone"));
        Assert.Equal(card, full["account"].Text("number"));
        Assert.Equal("农村信用社", full["account"].Text("bank"));

        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        var masked = await officer.GetStudentAsync(created.Text("id"));
        Assert.Equal(guardianId[..6] + "********" + guardianId[14..], masked["guardian"].Text("nationalId"));
        Assert.Equal("138****5678", masked["guardian"].Text("phone"));
        Assert.Equal(new string('*', card.Length - 4) + card[^4..], masked["account"].Text("number"));
        Assert.DoesNotContain(card, await (await officer.GetAsync($"{Students}/{created.Text("id")}/file")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roster_with_the_chinese_guardian_and_account_columns_stores_them_and_a_reimport_changes_nothing()
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var (nationalId, guardianId, card) = (TestIds.NationalId(), TestIds.NationalId(new DateOnly(1980, 1, 2)), TestIds.CardNumber());
        var csv = Csv(GuardianHeader, $"{nationalId},李小龙,{school},3,2021-09-01,李大山,父亲,{guardianId},0851-86543210,李大山,中国农业银行,{card[..4]} {card[4..8]} {card[8..]}");

        (await (await _county.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK)).AssertRosterCounts(accepted: 1);
        var student = await _county.StudentByNationalIdAsync(nationalId);
        var read = await _county.GetStudentAsync(student.Text("id"));
        Assert.Equal("李大山", read["guardian"].Text("name"));
        Assert.Equal("0851-86543210", read["guardian"].Text("phone"));
        Assert.Equal(card, read["account"].Text("number"));
        Assert.Equal("中国农业银行", read["account"].Text("bank"));

        (await (await _county.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK)).AssertRosterCounts(accepted: 0, unchanged: 1);
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        // the cells after 入学日期, the column named, what the reason says
        { "李大山,父亲,{guardian},13812345678,李大山,农业银行,62170012345678AB", "银行账号", "digits only" },
        { "李大山,父亲,{guardian},13812345678,李大山,农业银行,{badLuhn}", "银行账号", "check digit" },
        { "李大山,父亲,{guardian},13812345678,李大山,农业银行,12345", "银行账号", "12–22 digits" },
        { "李大山,父亲,{wrongCheck},13812345678,,,", "监护人身份证号", "check" },
        { "李大山,父亲,{guardian},1381234,,,", "联系电话", "phone number" },
        { ",父亲,{guardian},13812345678,,,", "监护人姓名", "required" },
        { "李大山,父亲,{guardian},13812345678,李大山,,{card}", "开户银行", "required" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_guardian_or_account_cell_is_a_row_error_naming_its_column_and_nothing_is_stored(string cells, string column, string reason)
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var card = TestIds.CardNumber();
        var badLuhn = card[..^1] + (char)('0' + ((card[^1] - '0' + 1) % 10));
        var (wrongCheck, _) = TestIds.WithWrongCheck();
        cells = cells.Replace("{guardian}", TestIds.NationalId(new DateOnly(1980, 1, 2)), StringComparison.Ordinal)
            .Replace("{wrongCheck}", wrongCheck, StringComparison.Ordinal).Replace("{badLuhn}", badLuhn, StringComparison.Ordinal).Replace("{card}", card, StringComparison.Ordinal);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await client.ImportRosterAsync(Csv(GuardianHeader, $"{nationalId},李小龙,{school},3,2021-09-01,{cells}"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem["report"]!["errors"]!.AsArray())!;
        Assert.Equal(2, error.Number("line"));
        Assert.Equal(column, error.Text("field"));
        Assert.Contains(reason, error.Text("message"), StringComparison.Ordinal);
        Assert.DoesNotContain(card, error.Text("message"), StringComparison.Ordinal);
        Assert.Equal(0, await _county.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task A_changed_account_is_kept_in_the_history_masked_and_audited_and_null_removes_it()
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var (first, second) = (TestIds.CardNumber(), TestIds.CardNumber());
        var created = await (await _county.RegisterAsync(WithFamily(StudentBody(school), TestIds.NationalId(new DateOnly(1985, 3, 4), male: false), first))).ShouldBeAsync(HttpStatusCode.Created);
        var id = created.Text("id");

        var changed = await (await _county.PatchJsonAsync($"{Students}/{id}", new { version = 1, account = new { holder = "王秀英", bank = "中国邮政储蓄银行", number = second } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(second, changed["account"].Text("number"));
        var change = Assert.Single((await _county.GetFileAsync(id)).HistoryOf("account"));
        Assert.Equal($"王秀英 / 农村信用社 / {new string('*', first.Length - 4)}{first[^4..]}", change.Text("oldValue"));
        Assert.EndsWith(second[^4..], change.Text("newValue"), StringComparison.Ordinal);
        Assert.DoesNotContain(second, change.Text("newValue"), StringComparison.Ordinal);
        var audited = await app.CreateAdminClient().AuditEntriesAsync("module=Registry&action=UpdateStudentCommand");
        Assert.Contains(audited, e => e.Text("records") == $"student:{id}");

        var removed = await (await _county.PatchJsonAsync($"{Students}/{id}", new { version = 2, account = (object?)null })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Null(removed["account"]);
    }

    [Theory]
    [InlineData("""{"holder":"王秀英","bank":"农业银行","number":"6217 00AB 1234 5678"}""", "account.number")]
    [InlineData("""{"holder":"王秀英","number":"6217001234567890123"}""", "account.bank")]
    [InlineData("\"6217001234567890123\"", "account")]
    public async Task A_bad_account_in_a_change_is_refused_naming_the_field_and_nothing_changes(string account, string field)
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var card = TestIds.CardNumber();
        var created = await (await _county.RegisterAsync(WithFamily(StudentBody(school), TestIds.NationalId(new DateOnly(1985, 3, 4), male: false), card))).ShouldBeAsync(HttpStatusCode.Created);
        var body = new StringContent($$"""{"version":1,"account":{{account}}}""", System.Text.Encoding.UTF8, "application/json");

        var problem = await (await _county.PatchAsync($"{Students}/{created.Text("id")}", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors(field));
        var read = await _county.GetStudentAsync(created.Text("id"));
        Assert.Equal(card, read["account"].Text("number"));
        Assert.Equal(1, read.Number("version"));
    }

    [Fact]
    public async Task A_guardian_with_a_wrong_check_character_is_refused_at_registration_naming_the_field()
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var (wrong, _) = TestIds.WithWrongCheck();
        var body = WithFamily(StudentBody(school), wrong, TestIds.CardNumber());

        var problem = await (await _county.RegisterAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("guardian.nationalId"));
        Assert.Equal(0, await _county.CountByNationalIdAsync(body["nationalId"]!.GetValue<string>()));
    }
}
