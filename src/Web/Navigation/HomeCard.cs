using EduRelief.SharedKernel.Identity;

namespace EduRelief.Web.Navigation;

/// <summary>A card a module puts on the home page (工作台): a component of its own, shown to callers who may read it.</summary>
public sealed record HomeCard(string Module, Type Component, int Order)
{
    public Func<ICallerContext, bool> IsShownTo { get; init; } = caller => caller.CanRead(Module);
}
