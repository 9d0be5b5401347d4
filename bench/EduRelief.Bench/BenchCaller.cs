using EduRelief.SharedKernel.Identity;

namespace EduRelief.Bench;

/// <summary>The caller the import records as the registering user: county-wide, like the relief office.</summary>
internal sealed class BenchCaller : ICallerContext
{
    /// <summary>"bench", or the second pair of eyes while a bench approves what it created.</summary>
    public string UserName { get; set; } = "bench";

    public bool IsAuthenticated => true;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string> { SharedKernel.Identity.Roles.CountyOfficer };

    public DataScope Scope => DataScope.Everything;

    public bool CanSeeFullNationalIds => true;

    public bool Has(string permission) => true;

    public bool CanRead(string module) => true;

    public bool CanWrite(string module) => true;
}
