using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.TeacherSupport.Web;

/// <summary>The module's menu entries in the web console.</summary>
internal static class TeacherSupportConsole
{
    private static readonly UserText Group = new("乡村教师", "Rural teachers");

    public static void Register(IServiceCollection services)
    {
        const string module = TeacherSupportModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("教师名单", "Teachers"), "teacher-support/teachers", "team", 300));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("培训参训", "Training"), "teacher-support/training", "read", 310));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("生活补助", "Living allowance"), "teacher-support/allowance", "account-book", 320));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("教师工作成效", "Figures"), "teacher-support/figures", "bar-chart", 330));
    }
}
