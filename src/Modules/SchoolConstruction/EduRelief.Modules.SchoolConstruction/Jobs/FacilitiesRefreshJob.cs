using EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;
using EduRelief.SharedKernel.Modules;

namespace EduRelief.Modules.SchoolConstruction.Jobs;

/// <summary><c>school-construction:facilities-refresh</c>, daily at 02:30 county time by default (after the Registry's refresh).</summary>
internal sealed class FacilitiesRefreshJob(FacilitiesRefresh refresh) : IRecurringJob
{
    public Task<string> RunAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);
}
