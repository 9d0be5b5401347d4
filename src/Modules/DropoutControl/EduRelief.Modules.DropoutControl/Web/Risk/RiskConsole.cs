using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.DropoutControl.Web.Risk;

/// <summary>The risk list's menu entry in the web console.</summary>
internal static class RiskConsole
{
    public static void Register(IServiceCollection services) =>
        services.AddMenuEntry(new MenuEntry(
            DropoutControlModule.ModuleName, new UserText("控辍保学", "Dropout control"), new UserText("辍学风险预警", "Dropout risk"), "dropout-control/risk", "alert", 640));
}
