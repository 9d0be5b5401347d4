using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Web.Navigation;

/// <summary>
/// One entry of the console's side menu, contributed by the module whose page it opens. A module switched off
/// registers none, so its menu disappears with its pages.
/// </summary>
/// <param name="Group">The menu group it sits in (the module's name in the user's language).</param>
/// <param name="Icon">An Ant Design icon name.</param>
public sealed record MenuEntry(string Module, UserText Group, UserText Title, string Href, string Icon, int Order)
{
    /// <summary>Whether this caller sees the entry; the page itself still checks through the pipeline.</summary>
    public Func<ICallerContext, bool> IsShownTo { get; init; } = caller => caller.CanRead(Module);
}
