using System.Text.Json.Nodes;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>A student as the Registry has them now, found by national ID.</summary>
internal static class RegistryStudent
{
    public static async Task<JsonNode> FindAsync(CountyApi api, string nationalId, CancellationToken cancellationToken)
    {
        var found = (await api.GetAsync($"/api/registry/students?nationalId={nationalId}", cancellationToken))!["items"]!.AsArray();
        return found.Count == 1 ? found[0]! : throw new DemoStepFailedException($"the Registry has no student {nationalId}");
    }
}
