using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;
using EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;
using EduRelief.Modules.SpecialNeeds.Features.ImportChildren;
using EduRelief.Modules.SpecialNeeds.Jobs;
using EduRelief.Modules.SpecialNeeds.Web;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.SpecialNeeds;

/// <summary>
/// SpecialNeeds: the register of school-age disabled children matched with the Registry, the expert committee's
/// assessments, one placement plan per child (一人一案), home-delivered teaching visits, and left-behind children
/// homes with their counsellors, children and activities.
/// </summary>
public sealed class SpecialNeedsModule : IModule
{
    public const string ModuleName = "SpecialNeeds";

    public const string PlanReviewJobId = "special-needs:plan-review";

    public string Name => ModuleName;

    public string RoutePrefix => "special-needs";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } =
    [
        new(PlanReviewJobId, "30 3 * * *", typeof(PlanReviewJob), "Flag plans past their review date and home-delivered plans short of the county's minimum visits last month"),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SpecialNeedsDbContext, SqliteSpecialNeedsDbContext, PostgreSqlSpecialNeedsDbContext>(
            configuration, Name, PostgreSqlSpecialNeedsDbContext.Schema);
        services.Configure<SpecialNeedsOptions>(configuration.GetSection(SpecialNeedsOptions.Section));
        services.AddScoped<PlanReview>();
        services.AddScoped<RegistryMatch>();
        services.AddScoped<ChildListImporter>();
        services.AddScoped<PlanReviewJob>();
        SpecialNeedsConsole.Register(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(SpecialNeedsModule).Assembly);
}
