using System.Linq.Expressions;
using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Modules.DropoutControl.Features.DynamicZero;

/// <summary>
/// An open confirmed dropout, what dynamic zero (动态清零) counts: a case Confirmed or being persuaded. Suspected cases are
/// not yet dropouts; a returned case under observation is back at school. The ledger refresh and the route share it.
/// </summary>
internal static class OpenConfirmed
{
    public static readonly Expression<Func<DropoutCase, bool>> Case = c => c.Stage == CaseStage.Confirmed || c.Stage == CaseStage.Persuading;
}
