using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>
/// The bank file a bank can pay from: each line carries the account it is paid into as the Registry held it at
/// approval, and its reference; a line without an account is held back, named, and not sent; the bank's result
/// (CSV or XLSX) is matched by that reference.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BankFileAccountTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    private async Task<(Student Student, string Card)> PoorBoarderAsync(string school, bool withAccount = true)
    {
        var nationalId = TestIds.NationalId();
        var body = RegistryApi.StudentBody(school, nationalId);
        body["name"] = SubsidiesApi.UniqueName();
        body["categories"] = new JsonArray("RegisteredPoorHousehold");
        var card = TestIds.CardNumber();
        body["account"] = withAccount ? new JsonObject { ["holder"] = "王秀英", ["bank"] = "农村信用社", ["number"] = card } : null;
        var created = await (await _officer.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created);
        return (new Student(created.Text("id"), nationalId, body["name"]!.GetValue<string>()), card);
    }

    private async Task<string> ApprovedBatchAsync(string term)
    {
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        return batch;
    }

    [Fact]
    public async Task The_bank_file_pays_into_the_account_held_at_approval_even_after_the_registry_changes_it()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (student, card) = await PoorBoarderAsync(school);
        var batch = await ApprovedBatchAsync($"{SubsidiesApi.NextYear()}-1");
        var line = (await _officer.LineOfAsync(batch, student))!;
        Assert.Equal(card, line.Text("accountNumber"));

        var version = (await _officer.GetStudentAsync(student.Id)).Number("version");
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{student.Id}", new { version, account = new { holder = "李四", bank = "邮储银行", number = TestIds.CardNumber() } }))
            .ShouldBeAsync(HttpStatusCode.OK);

        foreach (var rows in new[] { await (await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file")).CsvRowsAsync(), await (await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file?format=xlsx")).XlsxRowsAsync() })
        {
            Assert.Equal(["参考号", "身份证号", "学生姓名", "开户人", "开户银行", "银行账号", "金额"], rows[0]);
            var row = Assert.Single(rows, r => r[1] == student.NationalId);
            Assert.Equal([line.Text("reference"), student.NationalId, student.Name, "王秀英", "农村信用社", card], row[..6]);
            Assert.Equal(500m, decimal.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task A_student_without_an_account_is_held_back_named_not_awarded_and_goes_into_a_later_batch_once_one_is_recorded()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (student, _) = await PoorBoarderAsync(school, withAccount: false);
        var term = $"{SubsidiesApi.NextYear()}-1";
        var draft = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        Assert.Null((await _officer.LineOfAsync(draft, student))!["accountNumber"]);
        await (await app.Staff().ApproveAsync(draft)).ShouldBeAsync(HttpStatusCode.OK);
        var batch = draft;

        var line = (await _officer.LineOfAsync(batch, student))!;
        Assert.Equal("NeedsAccount", line.Text("status"));
        Assert.Contains("账户", line.Text("note"), StringComparison.Ordinal);
        Assert.True((await _officer.GetBatchAsync(batch))["linesByStatus"]!["NeedsAccount"]!.GetValue<int>() >= 1);
        Assert.DoesNotContain(await (await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file")).CsvRowsAsync(), r => r[1] == student.NationalId);
        Assert.Empty((await _officer.PaymentsOfAsync(student, "LivingSubsidy", term))["items"]!.AsArray());

        var version = (await _officer.GetStudentAsync(student.Id)).Number("version");
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{student.Id}", new { version, account = new { holder = "王秀英", bank = "农村信用社", number = TestIds.CardNumber() } }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var reissue = await ApprovedBatchAsync(term);
        Assert.Equal("Approved", (await _officer.LineOfAsync(reissue, student))!.Text("status"));
        Assert.Equal("Reserved", Assert.Single((await _officer.PaymentsOfAsync(student, "LivingSubsidy", term))["items"]!.AsArray())!.Text("status"));
    }

    [Fact]
    public async Task An_xlsx_result_with_the_bank_files_chinese_headers_is_matched_by_reference_alone()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (student, _) = await PoorBoarderAsync(school);
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await ApprovedBatchAsync(term);
        var reference = (await _officer.LineOfAsync(batch, student))!.Text("reference");
        var result = Uploads.Xlsx(["参考号", "金额", "状态", "失败原因"], [reference, 500.00, "成功", null]);

        var report = await (await _officer.PostXlsxAsync($"{SubsidiesApi.Batches}/{batch}/reconcile", result)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(1, report.Number("paid"));
        Assert.Equal("Paid", (await _officer.LineOfAsync(batch, student))!.Text("status"));
        Assert.Equal(reference, Assert.Single((await _officer.PaymentsOfAsync(student, "LivingSubsidy", term))["items"]!.AsArray())!.Text("bankReference"));
    }

    [Fact]
    public async Task A_result_row_with_another_batchs_reference_or_another_students_id_is_a_row_error_and_nothing_is_applied()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (first, _) = await PoorBoarderAsync(school);
        var (second, _) = await PoorBoarderAsync(school);
        var year = SubsidiesApi.NextYear();
        var spring = await ApprovedBatchAsync($"{year}-1");
        var autumn = await ApprovedBatchAsync($"{year}-2");
        var springLines = await _officer.LinesAsync(spring);
        var otherBatchs = (await _officer.LineOfAsync(autumn, first))!.Text("reference");

        var response = await _officer.ReconcileAsync(
            spring,
            SubsidiesApi.Paid(first, 500m, otherBatchs),
            SubsidiesApi.Paid(second, 500m, springLines.LineOf(first)!.Text("reference")));

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["report"]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e.Number("line") == 2 && e.Text("field") == "reference");
        Assert.Contains(errors, e => e.Number("line") == 3 && e.Text("field") == "national_id");
        Assert.Equal("Approved", springLines.LineOf(first)!.Text("status"));
        Assert.Equal("Approved", (await _officer.LineOfAsync(spring, first))!.Text("status"));
    }
}
