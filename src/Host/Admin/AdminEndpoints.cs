using EduRelief.Host.Modules;
using EduRelief.Host.Security;

namespace EduRelief.Host.Admin;

/// <summary>County IT's view of the deployable: which modules run, and their background jobs.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(SecurityRegistration.AdminOrAuditorPolicy);

        admin.MapGet("/modules", (ModuleCatalog catalog) => ModuleQueries.List(catalog))
            .WithName("ListModules")
            .WithSummary("Modules the Host found, and whether each is enabled");

        admin.MapGet("/jobs", (JobAdministration jobs) => jobs.ListAsync())
            .WithName("ListJobs")
            .WithSummary("Recurring jobs with cron, last and next run, and last result");

        admin.MapPut("/jobs/{jobId}", (string jobId, UpdateJobRequest request, JobAdministration jobs) => jobs.UpdateCronAsync(jobId, request.Cron))
            .RequireAuthorization(SecurityRegistration.AdminPolicy)
            .WithName("UpdateJob")
            .WithSummary("Change a recurring job's cron (read in the county's time zone)");

        admin.MapPost("/jobs/{jobId}/trigger", async (string jobId, JobAdministration jobs) =>
        {
            var backgroundJobId = await jobs.TriggerAsync(jobId);
            return Results.Accepted($"/hangfire/jobs/details/{backgroundJobId}", new { jobId, backgroundJobId });
        })
        .RequireAuthorization(SecurityRegistration.AdminPolicy)
        .WithName("TriggerJob")
        .WithSummary("Run a recurring job now; returns the Hangfire job id");
    }
}
