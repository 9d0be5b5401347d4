using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.SchoolConstruction;

/// <summary>
/// SchoolConstruction: school buildings and their safety appraisals (A–D, the D list), construction projects from budget
/// to seats added, equipment (班班通, 在线课堂), the facilities ledger and the module's figures.
/// </summary>
public sealed class SchoolConstructionModule : IModule
{
    public const string ModuleName = "SchoolConstruction";

    public string Name => ModuleName;

    public string RoutePrefix => "school-construction";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } = [];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SchoolConstructionDbContext, SqliteSchoolConstructionDbContext, PostgreSqlSchoolConstructionDbContext>(
            configuration, Name, "school_construction");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(SchoolConstructionModule).Assembly);
}
