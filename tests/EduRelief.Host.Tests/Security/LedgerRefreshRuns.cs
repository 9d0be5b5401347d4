using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Security;

/// <summary>A test that runs the ledger refresh waits for that run to end, so it cannot overlap another test's run.</summary>
internal static class LedgerRefreshRuns
{
    public const string JobId = "registry:ledger-refresh";

    public static async Task<string?> LastRunAsync(HttpClient admin) => (await JobAsync(admin))["lastJobId"]?.GetValue<string>();

    public static Task WaitForRunAfterAsync(HttpClient admin, string? before) =>
        Eventually.MatchAsync(
            () => JobAsync(admin),
            j => j["lastJobId"]?.GetValue<string>() != before && j["lastState"]?.GetValue<string>() is "Succeeded" or "Failed",
            "the triggered ledger refresh to finish");

    private static async Task<JsonNode> JobAsync(HttpClient admin)
    {
        var jobs = (await (await admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        return Assert.Single(jobs, j => j!["id"]!.GetValue<string>() == JobId)!;
    }
}
