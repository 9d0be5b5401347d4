using EduRelief.Host.Demo.InProcess;
using EduRelief.Host.Jobs;
using EduRelief.Host.Security;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Host.Demo;

/// <summary>County IT's button for the demo county: the same generator as <c>demo seed-county</c> on the command line.</summary>
internal static class DemoEndpoints
{
    public static void MapDemoEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/admin/demo/seed-county", async (int? seed, HttpContext http, SeedCountyGenerator generator, JobAudit audit, IHostApplicationLifetime host) =>
        {
            var chosen = seed ?? SeedCountyGenerator.DefaultSeed;
            if (chosen < 0)
            {
                throw ValidationFailedException.For("seed", new UserText("须为 0 或正整数", "must be 0 or a positive whole number"));
            }

            try
            {
                // A run outlives a dropped connection (the audit log still gets its outcome); only the Host stopping ends it.
                var report = await generator.RunAsync(chosen, host.ApplicationStopping);
                await audit.RecordAsync(http, "demo seed-county", $"seed:{chosen}", AuditOutcome.Succeeded, $"{report.Created} created, {report.Found} found already there");
                return Results.Ok(report);
            }
            catch (DemoStepFailedException ex)
            {
                await audit.RecordAsync(http, "demo seed-county", $"seed:{chosen}", AuditOutcome.Failed, ex.Message);
                return Results.Problem(
                    title: new UserText("示范县生成中断：某模块拒绝了生成器提交的数据", "The demo county stopped: a module refused what the generator sent"),
                    detail: ex.Message,
                    statusCode: StatusCodes.Status500InternalServerError);
            }
            catch (ConflictException ex)
            {
                await audit.RecordAsync(http, "demo seed-county", $"seed:{chosen}", AuditOutcome.Refused, ex.Message);
                throw;
            }
        })
        .RequireAuthorization(SecurityRegistration.AdminPolicy)
        .WithTags("Admin")
        .WithName("SeedDemoCounty")
        .WithSummary("Build the demo county whose 2025 summary reproduces the seed's figures (empty database or the same seed's county only); reports what it entered and what it found already there");
}
