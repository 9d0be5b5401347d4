using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Access.Web;

/// <summary>The Access pages in the console's side menu: administrators and auditors (who may read Access) see them.</summary>
internal static class AccessMenu
{
    private const string Module = "Access";

    private static readonly UserText Group = new("系统管理", "Administration");

    public static IServiceCollection AddAccessConsole(this IServiceCollection services) => services
        .AddMenuEntry(new MenuEntry(Module, Group, new UserText("用户管理", "Users"), "access/users", "team", 900) { IsShownTo = caller => caller.CanRead(Module) })
        .AddMenuEntry(new MenuEntry(Module, Group, new UserText("审计日志", "Audit log"), "access/audit", "audit", 901) { IsShownTo = caller => caller.CanRead(Module) });
}
