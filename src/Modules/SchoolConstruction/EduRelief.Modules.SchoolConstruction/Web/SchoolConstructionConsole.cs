using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.SchoolConstruction.Web;

/// <summary>The module's menu entries in the web console.</summary>
internal static class SchoolConstructionConsole
{
    private static readonly UserText Group = new("校舍建设", "School construction");

    public static void Register(IServiceCollection services)
    {
        const string module = SchoolConstructionModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("校舍与鉴定", "Buildings"), "school-construction/buildings", "home", 200));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("建设项目", "Projects"), "school-construction/projects", "build", 210));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("建设支出", "Spending"), "school-construction/spending", "account-book", 215));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("学校设施台账", "Facilities ledger"), "school-construction/facilities", "table", 218));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("建设成效", "Figures"), "school-construction/figures", "bar-chart", 220));
    }
}
