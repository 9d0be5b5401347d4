using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Vocational.Web;

/// <summary>The module's menu entries in the web console.</summary>
internal static class VocationalConsole
{
    private static readonly UserText Group = new("职业教育", "Vocational education");

    public static void Register(IServiceCollection services)
    {
        const string module = VocationalModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("中职学生", "Vocational students"), "vocational/enrolments", "team", 500));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("中职入学登记", "Enrol a student"), "vocational/enrolments/new", "user-add", 505));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("订单班", "Order-based classes"), "vocational/order-classes", "solution", 507));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("技能培训班", "Adult skills courses"), "vocational/adult-courses", "tool", 510));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("培训学员与证书", "Adult trainees"), "vocational/adult-trainees", "safety-certificate", 515));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("职教分流转介", "Vocational routes"), "vocational/referrals", "branches", 517));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("职业教育成效", "Figures"), "vocational/figures", "bar-chart", 520));
    }
}
