using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Jobs;
using EduRelief.Modules.Vocational.Web;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Vocational;

/// <summary>
/// Vocational: specialties of the county's secondary vocational school, enrolments of registered students (with
/// their poor-household history, followed from the Registry), employer-ordered classes, internships, graduation and
/// employment with the six-month follow-up, the Rain-Dew eligible list Subsidies asks for, and adult skills training.
/// </summary>
public sealed class VocationalModule : IModule
{
    public const string ModuleName = "Vocational";

    public const string HouseholdRecheckJobId = "vocational:household-recheck";

    public string Name => ModuleName;

    public string RoutePrefix => "vocational";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } =
    [
        new(HouseholdRecheckJobId, "30 2 * * *", typeof(HouseholdRecheckJob), "Check each active enrolment's poor household against the Registry and correct what a lost category event left"),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<VocationalDbContext, SqliteVocationalDbContext, PostgreSqlVocationalDbContext>(
            configuration, Name, PostgreSqlVocationalDbContext.Schema);
        services.AddScoped<HouseholdRecheckJob>();
        VocationalConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(VocationalModule).Assembly);
}
