using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The return plan's routes (一人一策) and the referral lists of the modules it refers to.</summary>
internal static class PlanApi
{
    public const string SubsidiesReferrals = "/api/subsidies/referrals";
    public const string VocationalReferrals = "/api/vocational/referrals";
    public const string SpecialNeedsReferrals = "/api/special-needs/referrals";

    public static string Plan(string caseId) => $"{DropoutControlApi.Cases}/{caseId}/plan";

    public static Task<HttpResponseMessage> MeasureAsync(
        this HttpClient client, string caseId, string kind = "Counselling", string? dueOn = null, string? plannedOn = null, string? aidReview = null, string responsible = "班主任 孙") =>
        client.PostJsonAsync(Plan(caseId), new
        {
            kind, aidReview, description = "每周谈心一次，联系家长", responsible, plannedOn = plannedOn ?? SpecialNeedsApi.DaysAgo(40), dueOn = dueOn ?? SpecialNeedsApi.DaysAgo(-20),
        });

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, string caseId, string measureId, string on, string by = "班主任 孙", string? note = "已完成") =>
        client.PostJsonAsync($"{Plan(caseId)}/{measureId}/completion", new { on, by, note });

    public static async Task<JsonNode> GetPlanAsync(this HttpClient client, string caseId) =>
        await (await client.GetAsync(Plan(caseId))).ShouldBeAsync(HttpStatusCode.OK);
}
