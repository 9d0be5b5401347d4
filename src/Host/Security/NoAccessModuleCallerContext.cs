using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Security;

/// <summary>
/// Used only when the Access module is switched off: nobody signs in, so a request may do nothing, while background
/// work still runs as the system.
/// </summary>
internal sealed class NoAccessModuleCallerContext(IHttpContextAccessor accessor, CircuitCaller circuit) : ICallerContext
{
    private bool IsSystem => !circuit.InCircuit && accessor.HttpContext is null;

    public string UserName => IsSystem ? "system" : "anonymous";

    public bool IsAuthenticated => IsSystem;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>();

    public DataScope Scope => ScopeNarrowing.Apply(IsSystem ? DataScope.Everything : DataScope.Nothing);

    public bool CanSeeFullNationalIds => IsSystem;

    public bool Has(string permission) => IsSystem;

    public bool CanRead(string module) => IsSystem;

    public bool CanWrite(string module) => IsSystem;
}
