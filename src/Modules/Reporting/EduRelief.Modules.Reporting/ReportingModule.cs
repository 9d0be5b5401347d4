using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Reporting.Data;
using EduRelief.Modules.Reporting.Periods;
using EduRelief.Modules.Reporting.Sources;
using EduRelief.Modules.Reporting.Web;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Periods;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Reporting;

/// <summary>
/// Reporting: the annual work summary counted on request from the other modules' <c>/figures</c> queries (never from
/// their tables, never typed in), in the document's section order, as JSON, markdown and the console's page.
/// A module switched off leaves its figures out, named as unavailable. It keeps one thing of its own: the years locked
/// as reported, which every module's dated writes are checked against (ADR 30).
/// </summary>
public sealed class ReportingModule : IModule
{
    public const string ModuleName = "Reporting";

    public string Name => ModuleName;

    public string RoutePrefix => "reporting";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } = [];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext>(
            configuration, Name, PostgreSqlReportingDbContext.Schema);
        services.AddScoped<IPeriodLocks, ReportedYears>();
        services.AddScoped<IFigureSource, RegistryFigures>();
        services.AddScoped<IFigureSource, ConstructionFigures>();
        services.AddScoped<IFigureSource, SubsidiesFigures>();
        services.AddScoped<IFigureSource, TeacherFigures>();
        services.AddScoped<IFigureSource, SpecialNeedsFigures>();
        services.AddScoped<IFigureSource, DropoutFigures>();
        services.AddScoped<IFigureSource, VocationalFigures>();
        ReportingConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(ReportingModule).Assembly);
}
