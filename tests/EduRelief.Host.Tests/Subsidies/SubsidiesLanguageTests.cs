using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>Subsidies speaks the caller's language: Chinese unless the request asks for English (DOMAIN.md).</summary>
[Collection(HostCollection.Name)]
public sealed class SubsidiesLanguageTests(EduReliefApp app)
{
    private readonly HttpClient _english = app.CreateClient();

    /// <summary>The county officer without an Accept-Language header: the Chinese default.</summary>
    private HttpClient Chinese()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        return client;
    }

    [Fact]
    public async Task A_negative_rate_amount_is_refused_in_Chinese_by_default_and_in_English_when_asked()
    {
        var body = new { effectiveFrom = "2096-01-01", lines = new[] { new { stage = "SecondaryVocational", amountPerTerm = -1m } } };
        var url = $"{SubsidiesApi.Programmes}/SecondaryVocationalGrant/rates";

        var chinese = await Chinese().PutAsJsonAsync(url, body);
        var english = await _english.PutAsJsonAsync(url, body);

        Assert.Contains("zh-CN", chinese.Content.Headers.ContentLanguage);
        Assert.Equal("不能为负数", Assert.Single((await chinese.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lines[0].amountPerTerm")));
        Assert.Contains("en", english.Content.Headers.ContentLanguage);
        Assert.Equal("must not be negative", Assert.Single((await english.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lines[0].amountPerTerm")));
    }

    [Fact]
    public async Task A_bad_row_of_a_bank_result_file_is_reported_in_Chinese_by_default()
    {
        var (_, school) = await _english.TownshipWithSchoolAsync("Primary", "Rural");
        await _english.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        var response = await Chinese().ReconcileAsync(
            batch,
            $"{TestIds.NationalId()},500.00,maybe,BK-1,",   // line 2: unknown status
            $"{TestIds.NationalId()},500.00,paid,BK-2,");   // line 3: not in the batch

        Assert.Contains("zh-CN", response.Content.Headers.ContentLanguage);
        var report = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["report"]!;
        var errors = report["errors"]!.AsArray();
        Assert.Contains(errors, e => e.Number("line") == 2 && e.Text("field") == "status"
            && e.Text("message").Contains("“maybe” 无效", StringComparison.Ordinal) && e.Text("message").Contains("paid 或 failed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Number("line") == 3 && e.Text("field") == "national_id" && e.Text("message") == "不是本批次已审批的明细");
    }

    [Fact]
    public async Task A_second_draft_for_the_same_programme_and_term_is_a_conflict_told_in_Chinese()
    {
        var term = $"{SubsidiesApi.NextYear()}-1";
        await app.Staff().CreateBatchAsync("LivingSubsidy", term);

        var second = await Chinese().PostBatchAsync("LivingSubsidy", term);

        Assert.Contains("zh-CN", second.Content.Headers.ContentLanguage);
        var message = Assert.Single((await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("term"));
        Assert.Equal($"LivingSubsidy 在 {term} 已有草稿批次；请重算或审批该批次", message);
    }
}
