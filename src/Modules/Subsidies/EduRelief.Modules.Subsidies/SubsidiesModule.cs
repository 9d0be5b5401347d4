using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Catalogue;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Features.ApproveBatch;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Modules;
using EduRelief.Modules.Subsidies.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Subsidies;

/// <summary>
/// Subsidies: the policy catalogue with effective-dated rates, term batches computed from the registry, four-eyes
/// approval within the budget, the bank file and its reconciliation, awards paid at most once per
/// (student, programme, term), coverage, and policy outreach.
/// </summary>
public sealed class SubsidiesModule : IModule
{
    public const string ModuleName = "Subsidies";

    public string Name => ModuleName;

    public string RoutePrefix => "subsidies";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } = [];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SubsidiesDbContext, SqliteSubsidiesDbContext, PostgreSqlSubsidiesDbContext>(configuration, Name, "subsidies");
        services.AddScoped<BatchCalculator>();
        services.AddScoped<LineAccountStamp>();
        services.AddScoped<IModuleStartupTask, CatalogueSeeder>();
        SubsidiesConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(SubsidiesModule).Assembly);
}
