using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EduRelief.Host.Security;

internal static class SecurityRegistration
{
    public const string AdminPolicy = "Admin";
    public const string AdminOrAuditorPolicy = "AdminOrAuditor";

    /// <summary>
    /// Everything is closed by default: an endpoint without its own rule needs a signed-in user. Only <c>/health</c>
    /// and the sign-in endpoints opt out. The accounts themselves come from the Access module.
    /// </summary>
    public static IServiceCollection AddClosedByDefault(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(AdminOrAuditorPolicy, policy => policy.RequireRole(Roles.Admin, Roles.Auditor));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICallerContext, NoAccessModuleCallerContext>();
        return services;
    }
}
