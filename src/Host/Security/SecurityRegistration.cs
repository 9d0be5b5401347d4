using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
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
        services.AddScoped<CircuitCaller>();
        services.TryAddScoped<ICallerContext, NoAccessModuleCallerContext>();
        return services;
    }

    /// <summary>
    /// Writes carried by the sign-in cookie must come from this site's own pages: <see cref="CrossSiteWriteGuard"/>
    /// checks where they come from, the Hangfire dashboard also wants its antiforgery token (it validates one whenever
    /// <c>IAntiforgery</c> is registered), and the cookies are HttpOnly, SameSite=Strict, and Secure over HTTPS.
    /// </summary>
    public static IServiceCollection AddCrossSiteProtection(this IServiceCollection services)
    {
        services.AddOptions<CrossSiteWriteOptions>().BindConfiguration(CrossSiteWriteOptions.Section);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
