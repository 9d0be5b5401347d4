using EduRelief.Host.Modules;
using EduRelief.SharedKernel.Modules;
using Hangfire;

namespace EduRelief.Host.Jobs;

/// <summary>
/// The one method Hangfire stores for every recurring job: it finds the module's job by id and runs it in the
/// scope Hangfire opened for it, so modules never reference Hangfire.
/// </summary>
internal sealed class ModuleJobRunner(ModuleCatalog catalog, IServiceProvider services)
{
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("{0}")]
    public async Task<string> RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var definition = catalog.EnabledJobs.FirstOrDefault(j => j.Id == jobId)
            ?? throw new InvalidOperationException($"No enabled module declares the job '{jobId}'.");
        var job = (IRecurringJob)services.GetRequiredService(definition.JobType);
        return await job.RunAsync(cancellationToken);
    }
}
