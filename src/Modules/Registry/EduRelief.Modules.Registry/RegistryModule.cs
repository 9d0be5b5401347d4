using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.FindStudents;
using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.Modules.Registry.Features.RefreshLedger;
using EduRelief.Modules.Registry.Jobs;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Registry;

/// <summary>
/// Registry: townships, villages, schools, students and their history, households, the student file (一生一档),
/// roster and household imports and the ledger refresh. Upstream of every other module.
/// </summary>
public sealed class RegistryModule : IModule
{
    public const string LedgerRefreshJobId = "registry:ledger-refresh";

    public string Name => "Registry";

    public string RoutePrefix => "registry";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } =
    [
        new(LedgerRefreshJobId, "0 2 * * *", typeof(LedgerRefreshJob), "Apply the newest household list, reconcile categories, rebuild every student file summary"),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<RegistryDbContext, SqliteRegistryDbContext, PostgreSqlRegistryDbContext>(configuration, Name, "registry");
        services.AddOptions<RegistryOptions>().BindConfiguration(RegistryOptions.Section);
        services.AddScoped<RosterImporter>();
        services.AddScoped<HouseholdListImporter>();
        services.AddScoped<HouseholdReconciler>();
        services.AddScoped<StudentFileSummaryRebuilder>();
        services.AddScoped<LedgerRefresh>();
        services.AddScoped<LedgerRefreshJob>();
        services.AddSingleton<StudentTotals>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(RegistryModule).Assembly);
}
