using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.GetFigures;
using EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;
using EduRelief.Modules.SchoolConstruction.Jobs;
using EduRelief.Modules.SchoolConstruction.Web;
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

    public const string FacilitiesRefreshJobId = "school-construction:facilities-refresh";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } =
    [
        new(FacilitiesRefreshJobId, "30 2 * * *", typeof(FacilitiesRefreshJob), "Rebuild the facilities ledger per school: seats, D-grade buildings and area, overdue appraisals, equipment coverage"),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SchoolConstructionDbContext, SqliteSchoolConstructionDbContext, PostgreSqlSchoolConstructionDbContext>(
            configuration, Name, "school_construction");
        services.AddScoped<FacilitiesRefresh>();
        services.AddScoped<FigureRows>();
        services.AddScoped<FacilitiesRefreshJob>();
        SchoolConstructionConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(SchoolConstructionModule).Assembly);
}
