using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The risk job, the risk list and the students the risk tests score.</summary>
internal static class RiskApi
{
    public const string JobId = "dropout-control:risk-scores";
    public const string Risk = DropoutControlApi.Root + "/risk";

    /// <summary>Born this many years ago; a grade-3 student born nine years ago is on time, one born twelve years ago over-age.</summary>
    public static DateOnly BornYearsAgo(int years) => SpecialNeedsApi.Today.AddYears(-years).AddDays(-10);

    /// <summary>Registers a grade-3 student and returns the Registry's answer (id, nationalId, version).</summary>
    public static async Task<JsonNode> RiskStudentAsync(
        this HttpClient client, string schoolCode, DateOnly born, string[]? categories = null, bool leftBehind = false, string? disability = null)
    {
        var response = await client.PostJsonAsync("/api/registry/students", new
        {
            nationalId = TestIds.NationalId(born), name = "风险学生", schoolCode, grade = 3, boarding = false, categories = categories ?? [], leftBehind,
            disability = disability is null ? null : new { category = disability, grade = 2 }, enrolledOn = "2021-09-01",
        });
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonNode?> RiskOfAsync(this HttpClient client, string schoolCode, string nationalId) =>
        (await client.ItemsAsync($"{Risk}?schoolCode={schoolCode}&pageSize=500")).SingleOrDefault(r => r!["nationalId"]!.GetValue<string>() == nationalId);

    public static List<string> Signals(this JsonNode risk) => risk["signals"]!.AsArray().Select(s => s!.GetValue<string>()).Order().ToList();
}
