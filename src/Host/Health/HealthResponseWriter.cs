using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduRelief.Host.Health;

internal static class HealthResponseWriter
{
    /// <summary><c>{"status":"Healthy","modules":{"Registry":"Ready"}}</c>.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var modules = report.Entries.SelectMany(e => e.Value.Data).ToDictionary(d => d.Key, d => d.Value);
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), modules }));
    }
}
