using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.GetFigures;
using EduRelief.Modules.DropoutControl.Jobs;
using EduRelief.Modules.DropoutControl.Web;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.DropoutControl;

/// <summary>
/// DropoutControl (控辍保学): dropout cases with their owners on two lines at four levels (双线四级), persuasion attempts,
/// deadline-to-return notices and outcomes, the dropout ledger kept at dynamic zero, the consolidation rate, and
/// the students most at risk of dropping out, scored from the other modules' signals.
/// </summary>
public sealed class DropoutControlModule : IModule
{
    public const string ModuleName = "DropoutControl";

    public const string LedgerRefreshJobId = "dropout-control:ledger-refresh";

    public const string RiskScoresJobId = "dropout-control:risk-scores";

    public string Name => ModuleName;

    public string RoutePrefix => "dropout-control";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } =
    [
        new(LedgerRefreshJobId, "0 4 * * *", typeof(LedgerRefreshJob), "Open suspected cases for the Registry's dropouts with none, propose returns, close cases after observation, report the overdue and dynamic zero"),
        new(RiskScoresJobId, "30 4 * * *", typeof(RiskScoresJob), "Score every compulsory-stage student's dropout risk from the Registry's and SpecialNeeds' signals and the module's closed cases"),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<DropoutControlDbContext, SqliteDropoutControlDbContext, PostgreSqlDropoutControlDbContext>(
            configuration, Name, PostgreSqlDropoutControlDbContext.Schema);
        services.Configure<DropoutControlOptions>(configuration.GetSection(DropoutControlOptions.Section));
        services.AddScoped<StudentCounts>();
        services.AddScoped<LedgerRefreshJob>();
        services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.Section).Validate(o => o.IsValid, RiskOptions.Rules).ValidateOnStart();
        services.AddScoped<RiskScoresJob>();
        DropoutControlConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(DropoutControlModule).Assembly);
}
