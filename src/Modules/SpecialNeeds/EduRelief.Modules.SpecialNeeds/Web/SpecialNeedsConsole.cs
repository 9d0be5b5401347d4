using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.SpecialNeeds.Web;

/// <summary>The module's menu entries in the web console.</summary>
internal static class SpecialNeedsConsole
{
    private static readonly UserText Group = new("特殊教育", "Special education");

    public static void Register(IServiceCollection services)
    {
        const string module = SpecialNeedsModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("残疾儿童名册", "Disabled children"), "special-needs/children", "team", 400));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("名册导入", "Register import"), "special-needs/imports", "upload", 402) { IsShownTo = caller => caller.CanWrite(module) });
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("名册与学籍比对", "Register and Registry"), "special-needs/mismatches", "diff", 405));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("一人一案", "Placement plans"), "special-needs/plans/new", "solution", 410));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("送教上门转介", "Home-teaching referrals"), "special-needs/referrals", "car", 415));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("特殊教育成效", "Figures"), "special-needs/figures", "bar-chart", 420));
    }
}
