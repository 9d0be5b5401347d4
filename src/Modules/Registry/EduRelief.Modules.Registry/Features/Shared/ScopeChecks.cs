using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Registry.Features.Shared;

internal static class ScopeChecks
{
    /// <summary>A student of a school outside the caller's scope is answered as missing (and audited as a refusal).</summary>
    public static void EnsureCanSee(this ICallerContext caller, Student student)
    {
        if (!caller.Scope.Includes(student.School!.Township!.Code, student.School.Code))
        {
            throw new OutOfScopeException("Student", student.Id.ToString());
        }
    }
}
