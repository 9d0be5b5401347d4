using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.GetFigures;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.DropoutControl;

/// <summary>
/// DropoutControl (控辍保学): dropout cases with their owners on two lines at four levels (双线四级), persuasion attempts,
/// deadline-to-return notices and outcomes, the dropout ledger kept at dynamic zero, and the consolidation rate.
/// </summary>
public sealed class DropoutControlModule : IModule
{
    public const string ModuleName = "DropoutControl";

    public string Name => ModuleName;

    public string RoutePrefix => "dropout-control";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } = [];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<DropoutControlDbContext, SqliteDropoutControlDbContext, PostgreSqlDropoutControlDbContext>(
            configuration, Name, PostgreSqlDropoutControlDbContext.Schema);
        services.Configure<DropoutControlOptions>(configuration.GetSection(DropoutControlOptions.Section));
        services.AddScoped<StudentCounts>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(DropoutControlModule).Assembly);
}
