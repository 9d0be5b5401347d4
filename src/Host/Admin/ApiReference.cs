using Microsoft.AspNetCore.Authorization;
using Scalar.AspNetCore;

namespace EduRelief.Host.Admin;

/// <summary>
/// The API reference (Scalar) over the OpenAPI document, for signed-in users. Everything it loads comes from this
/// Host: its script from the package, no web fonts (the default pulls Inter and JetBrains Mono from a CDN), no
/// telemetry and no hosted AI agent, so it runs under the console's content security policy.
/// </summary>
internal static class ApiReference
{
    public const string Path = "scalar";

    public static void MapApiReference(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference("/" + Path, options => options
                .WithTitle("EduRelief API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .RequireAuthorization()
            // The package opens its scripts to anonymous callers; here they are closed like everything else (ADR 10).
            .Finally(endpoint =>
            {
                foreach (var open in endpoint.Metadata.OfType<IAllowAnonymous>().ToList())
                {
                    endpoint.Metadata.Remove(open);
                }
            });
}
