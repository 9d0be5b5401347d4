using EduRelief.Modules.Registry.Features.RefreshLedger;
using EduRelief.SharedKernel.Modules;

namespace EduRelief.Modules.Registry.Jobs;

/// <summary><c>registry:ledger-refresh</c>, daily at 02:00 county time by default.</summary>
internal sealed class LedgerRefreshJob(LedgerRefresh refresh) : IRecurringJob
{
    public Task<string> RunAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);
}
