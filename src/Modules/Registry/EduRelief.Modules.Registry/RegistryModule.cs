using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.FindStudents;
using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.Modules.Registry.Features.RefreshLedger;
using EduRelief.Modules.Registry.Jobs;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.Web.Navigation;
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
        AddConsole(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(RegistryModule).Assembly);

    private void AddConsole(IServiceCollection services)
    {
        var group = new UserText("学籍管理", "Registry");
        services.AddMenuEntry(new MenuEntry(Name, group, new UserText("学生名册", "Students"), "registry/students", "team", 100));
        // Pages that only write are offered to those who may write; the pipeline refuses the others anyway.
        services.AddMenuEntry(new MenuEntry(Name, group, new UserText("登记学生", "Register a student"), "registry/students/new", "user", 110) { IsShownTo = caller => caller.CanWrite(Name) });
        services.AddMenuEntry(new MenuEntry(Name, group, new UserText("名册导入", "Imports"), "registry/imports", "upload", 120) { IsShownTo = caller => caller.CanWrite(Name) });
        services.AddMenuEntry(new MenuEntry(Name, group, new UserText("乡镇与学校", "Townships and schools"), "registry/places", "bank", 130));
        services.AddHomeCard(new HomeCard(Name, typeof(Web.Home.StudentOverviewCard), 100));
    }
}
