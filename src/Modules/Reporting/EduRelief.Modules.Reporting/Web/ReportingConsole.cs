using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Reporting.Web;

/// <summary>The module's menu entries in the web console.</summary>
internal static class ReportingConsole
{
    private static readonly UserText Group = new("工作总结", "Work summary");

    public static void Register(IServiceCollection services)
    {
        const string module = ReportingModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("成效总览", "Dashboard"), "reporting", "dashboard", 800));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("年度工作总结", "Annual summary"), "reporting/document", "file-text", 810));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("总结模板", "Summary template"), "reporting/template", "edit", 820) { IsShownTo = caller => caller.CanWrite(module) });
    }
}
