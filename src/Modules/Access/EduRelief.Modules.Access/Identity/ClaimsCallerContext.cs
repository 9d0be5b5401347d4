using System.Security.Claims;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Http;

namespace EduRelief.Modules.Access.Identity;

/// <summary>
/// The caller as the signed-in user's roles and claims say. Outside a request (jobs, outbox delivery) the caller is
/// the system, which may do everything; in a web console circuit it is the circuit's user (<see cref="CircuitCaller"/>). The rules of who may read and change what live here and nowhere else.
/// </summary>
internal sealed class ClaimsCallerContext(IHttpContextAccessor accessor, CircuitCaller circuit) : ICallerContext
{
    /// <summary>
    /// Modules whose records a township or school keeps itself, within its scope: its students, its teachers (教师信息由学校填报),
    /// and its disabled children's placements, home visits and left-behind children homes (乡镇、学校落实一人一案),
    /// and its vocational students' enrolments, classes, internships and graduations (中职学校填报).
    /// </summary>
    private static readonly HashSet<string> ScopedWriteModules = new(StringComparer.Ordinal) { "Registry", "TeacherSupport", "SpecialNeeds", "Vocational", "DropoutControl" };

    private const string AccessModule = "Access";

    private ClaimsPrincipal? User => circuit.InCircuit ? circuit.User : accessor.HttpContext?.User;

    private bool IsSystem => !circuit.InCircuit && accessor.HttpContext is null;

    public string UserName => IsSystem ? "system" : IsAuthenticated ? User!.Identity!.Name ?? "unknown" : "anonymous";

    public bool IsAuthenticated => IsSystem || User?.Identity?.IsAuthenticated == true;

    public IReadOnlySet<string> Roles => IsSystem
        ? new HashSet<string>(StringComparer.Ordinal)
        : User!.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public DataScope Scope => ScopeNarrowing.Apply(OwnScope);

    private DataScope OwnScope
    {
        get
        {
            if (IsSystem || HasAny(SharedKernel.Identity.Roles.CountyOfficer, SharedKernel.Identity.Roles.Auditor, SharedKernel.Identity.Roles.ModuleStaff))
            {
                return DataScope.Everything;
            }

            return new DataScope
            {
                TownshipCodes = IsInRole(SharedKernel.Identity.Roles.TownshipOfficer) ? Values(EduReliefClaims.Township) : new HashSet<string>(),
                SchoolCodes = IsInRole(SharedKernel.Identity.Roles.SchoolStaff) ? Values(EduReliefClaims.School) : new HashSet<string>(),
            };
        }
    }

    public bool CanSeeFullNationalIds => Has(EduReliefClaims.ViewFullNationalIds);

    public bool Has(string permission) =>
        IsSystem || IsInRole(SharedKernel.Identity.Roles.CountyOfficer) || Values(EduReliefClaims.Permission).Contains(permission);

    public bool CanRead(string module) => IsSystem || (module == AccessModule
        ? HasAny(SharedKernel.Identity.Roles.Admin, SharedKernel.Identity.Roles.Auditor)
        : HasAny(SharedKernel.Identity.Roles.CountyOfficer, SharedKernel.Identity.Roles.Auditor, SharedKernel.Identity.Roles.ModuleStaff, SharedKernel.Identity.Roles.TownshipOfficer, SharedKernel.Identity.Roles.SchoolStaff));

    public bool CanWrite(string module) => IsSystem || (module == AccessModule
        ? IsInRole(SharedKernel.Identity.Roles.Admin)
        : IsInRole(SharedKernel.Identity.Roles.CountyOfficer)
          || (IsInRole(SharedKernel.Identity.Roles.ModuleStaff) && Values(EduReliefClaims.Module).Contains(module))
          || (HasAny(SharedKernel.Identity.Roles.TownshipOfficer, SharedKernel.Identity.Roles.SchoolStaff) && ScopedWriteModules.Contains(module)));

    private bool IsInRole(string role) => User?.IsInRole(role) == true;

    private bool HasAny(params string[] roles) => roles.Any(IsInRole);

    private HashSet<string> Values(string claimType) =>
        User?.FindAll(claimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? [];
}
