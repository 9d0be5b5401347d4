using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>Routes and request bodies the DropoutControl tests share. Dates are counted back from today, as the Host's clock is real.</summary>
internal static class DropoutControlApi
{
    public const string Root = "/api/dropout-control";
    public const string Cases = Root + "/cases";

    public static readonly object AllOwners = new
    {
        government = new { county = "县长 张", township = "乡长 李", village = "村主任 王" },
        education = new { bureau = "教育局 赵", school = "校长 钱", classTeacher = "班主任 孙" },
    };

    public static Task<HttpResponseMessage> OpenAsync(
        this HttpClient client, string nationalId, string? detectedOn = null, string stage = "Confirmed", string[]? reasons = null, object? owners = null) =>
        client.PostJsonAsync(Cases, new
        {
            nationalId, detectedOn = detectedOn ?? SpecialNeedsApi.DaysAgo(60), detectedBy = "班主任 孙", stage,
            reasons = reasons ?? ["Learning", "Financial"], owners = owners ?? AllOwners,
        });

    /// <summary>A Registry student at the school (11 years old) with a case opened 60 days ago; returns the national ID and the case.</summary>
    public static async Task<(string NationalId, JsonNode Case)> CaseAsync(this HttpClient client, string schoolCode, string stage = "Confirmed")
    {
        var nationalId = await client.RegistryStudentAsync(schoolCode);
        var opened = await (await client.OpenAsync(nationalId, stage: stage)).ShouldBeAsync(HttpStatusCode.Created);
        return (nationalId, opened);
    }

    public static Task<HttpResponseMessage> AttemptAsync(this HttpClient client, string caseId, string on, string method = "家访") =>
        client.PostJsonAsync($"{Cases}/{caseId}/attempts", new { on, by = "班主任 孙", method, result = "家长同意下周送孩子返校" });

    public static Task<HttpResponseMessage> NoticeAsync(this HttpClient client, string caseId, string issuedOn, string returnBy) =>
        client.PostJsonAsync($"{Cases}/{caseId}/notice", new { issuedOn, returnBy });

    public static Task<HttpResponseMessage> StageAsync(this HttpClient client, string caseId, string stage, string on) =>
        client.PostJsonAsync($"{Cases}/{caseId}/stage", new { stage, on });

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient client, string caseId, string outcome, string on, string? schoolCode = null, string? approval = null) =>
        client.PostJsonAsync($"{Cases}/{caseId}/close", new { outcome, on, schoolCode, approval });

    public static Task<HttpResponseMessage> OwnersAsync(this HttpClient client, string caseId, string on, object owners) =>
        client.PutAsJsonAsync($"{Cases}/{caseId}/owners", new { on, owners });

    public static async Task<JsonNode> GetCaseAsync(this HttpClient client, string caseId) =>
        await (await client.GetAsync($"{Cases}/{caseId}")).ShouldBeAsync(HttpStatusCode.OK);
}
