using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.DropoutControl.Web;

/// <summary>The module's menu entries in the web console.</summary>
internal static class DropoutControlConsole
{
    private static readonly UserText Group = new("控辍保学", "Dropout control");

    public static void Register(IServiceCollection services)
    {
        const string module = DropoutControlModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("辍学台账", "Dropout cases"), "dropout-control/cases", "team", 600));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("登记辍学案件", "Open a case"), "dropout-control/cases/new", "user-add", 605) { IsShownTo = caller => caller.CanWrite(module) });
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("动态清零", "Dynamic zero"), "dropout-control/dynamic-zero", "check-circle", 610));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("控辍保学成效", "Figures"), "dropout-control/figures", "bar-chart", 620));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("辍学风险预警", "Dropout risk"), "dropout-control/risk", "alert", 640));
    }
}
