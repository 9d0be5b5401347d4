using EduRelief.Host.Components.Pages.Admin;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;

namespace EduRelief.Host.Admin;

/// <summary>The Host's own console pages (modules, jobs, the API reference) in the side menu and on the home page.</summary>
internal static class AdminConsole
{
    public const string Module = "Host";

    private static readonly UserText Group = new("系统管理", "Administration");

    public static IServiceCollection AddAdminConsole(this IServiceCollection services)
    {
        services.AddScoped<JobAdministration>();
        services.AddMenuEntry(new MenuEntry(Module, Group, new UserText("模块管理", "Modules"), "admin/modules", "appstore", 910) { IsShownTo = IsAdmin });
        services.AddMenuEntry(new MenuEntry(Module, Group, new UserText("定时任务", "Background jobs"), "admin/jobs", "schedule", 920) { IsShownTo = IsAdmin });
        services.AddMenuEntry(new MenuEntry(Module, Group, new UserText("接口文档", "API reference"), ApiReference.Path, "api", 990) { IsShownTo = caller => caller.IsAuthenticated });
        services.AddHomeCard(new HomeCard(Module, typeof(JobsCard), 900) { IsShownTo = IsAdmin });
        return services;
    }

    private static bool IsAdmin(ICallerContext caller) => caller.Roles.Contains(Roles.Admin);
}
