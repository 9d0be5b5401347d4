using EduRelief.SharedKernel.Modules;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduRelief.Host.Health;

/// <summary>Ready when every enabled module's database answers.</summary>
internal sealed class ModuleDatabasesHealthCheck(IEnumerable<IModuleDatabase> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var database in databases)
        {
            bool ready;
            try
            {
                ready = await database.CanConnectAsync(cancellationToken);
            }
            catch (Exception)
            {
                ready = false;
            }

            data[database.ModuleName] = ready ? "Ready" : "Unreachable";
        }

        return data.Values.All(v => (string)v == "Ready")
            ? HealthCheckResult.Healthy("Every module database answers.", data)
            : HealthCheckResult.Unhealthy("A module database does not answer.", data: data);
    }
}
