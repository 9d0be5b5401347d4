using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Subsidies.Web;

/// <summary>The module's menu entries and home cards in the web console.</summary>
internal static class SubsidiesConsole
{
    private static readonly UserText Group = new("资助管理", "Subsidies");

    public static void Register(IServiceCollection services)
    {
        const string module = SubsidiesModule.ModuleName;
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("发放批次", "Batches"), "subsidies/batches", "bank", 300));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("覆盖情况", "Coverage"), "subsidies/coverage", "bar-chart", 310));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("发放记录", "Payments"), "subsidies/payments", "account-book", 320));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("资助项目", "Programmes"), "subsidies/programmes", "file-text", 330));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("政策宣传", "Outreach"), "subsidies/outreach", "notification", 340));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("劝返资助转介", "Aid referrals"), "subsidies/referrals", "interaction", 345));
        services.AddMenuEntry(new MenuEntry(module, Group, new UserText("资助工作成效", "Figures"), "subsidies/figures", "fund", 350));
        services.AddHomeCard(new HomeCard(module, typeof(Home.ApprovalsCard), 300)
        {
            // The card lists what the caller could approve: only callers holding the permission ApproveBatch checks.
            IsShownTo = caller => caller.CanRead(module) && caller.Has(EduReliefClaims.ApproveBatches),
        });
        services.AddHomeCard(new HomeCard(module, typeof(Home.CoverageCard), 310));
    }
}
