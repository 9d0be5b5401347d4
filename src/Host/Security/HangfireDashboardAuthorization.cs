using EduRelief.SharedKernel.Identity;
using Hangfire.Dashboard;

namespace EduRelief.Host.Security;

/// <summary>The Hangfire dashboard: administrators use it; auditors may look (read-only, see Program).</summary>
internal sealed class HangfireDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Auditor);
    }
}
