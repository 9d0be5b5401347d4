using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.Modules.TeacherSupport.Jobs;
using EduRelief.Modules.TeacherSupport.Web;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.TeacherSupport;

/// <summary>
/// TeacherSupport: rural teachers (service history and years of rural service), recruitment campaigns, training
/// person-times, the rural living allowance rolled monthly, the title-evaluation preference and urban–rural pairing.
/// </summary>
public sealed class TeacherSupportModule : IModule
{
    public const string ModuleName = "TeacherSupport";

    public const string AllowanceRollJobId = "teacher-support:allowance-roll";

    public string Name => ModuleName;

    public string RoutePrefix => "teacher-support";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } =
    [
        new(AllowanceRollJobId, "15 3 * * *", typeof(AllowanceRollJob), "Compute this month's rural living allowance roll (teachers in post at a rural or remote school on the 1st), until it is approved"),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<TeacherSupportDbContext, SqliteTeacherSupportDbContext, PostgreSqlTeacherSupportDbContext>(
            configuration, Name, PostgreSqlTeacherSupportDbContext.Schema);
        services.AddScoped<TeacherEnrolment>();
        services.AddScoped<AllowanceRollComputation>();
        services.AddScoped<AllowanceRollJob>();
        TeacherSupportConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(TeacherSupportModule).Assembly);
}
