using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Access.Auditing;
using EduRelief.Modules.Access.Bootstrap;
using EduRelief.Modules.Access.Data;
using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Features.Login;
using EduRelief.Modules.Access.Features.Logout;
using EduRelief.Modules.Access.Identity;
using EduRelief.Modules.Access.Sessions;
using EduRelief.Modules.Access.Web;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Access;

/// <summary>
/// Access: accounts on ASP.NET Core Identity (bearer tokens for the API, a cookie for the web UI), roles and
/// township/school scope, the caller every module asks, and the append-only audit log.
/// </summary>
public sealed class AccessModule : IModule
{
    public string Name => "Access";

    public string RoutePrefix => "access";

    public IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; } = [];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<AccessDbContext, SqliteAccessDbContext, PostgreSqlAccessDbContext>(configuration, Name, "access");
        services.AddDataProtection().SetApplicationName("EduRelief").PersistKeysToDbContext<AccessDbContext>();
        services.AddIdentityApiEndpoints<AccessUser>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<UserLanguageIdentityErrors>()
            .AddEntityFrameworkStores<AccessDbContext>();
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddSingleton<SessionStates>();
        services.AddScoped<SignInSessionStore>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPassword>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SessionSignOut>();
        SessionValidation.Register(services);
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerContext, ClaimsCallerContext>();
        // One writer per Host, group-committing every entry; stopped (drained) after the server and the jobs.
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddHostedService(sp => sp.GetRequiredService<AuditTrail>());
        services.AddScoped<IModuleStartupTask, SigningKeyBootstrapper>();
        services.AddScoped<IModuleStartupTask, AdminBootstrapper>();
        services.AddAccessConsole();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleEndpoints(RoutePrefix, Name, typeof(AccessModule).Assembly);
        endpoints.MapConsoleSignOut();
    }
}
