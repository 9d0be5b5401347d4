using EduRelief.SharedKernel.Identity;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>A signed-in caller who may read every module's data and change none.</summary>
internal sealed class ReadOnlyCaller : ICallerContext
{
    public string UserName => "reader";

    public bool IsAuthenticated => true;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>(StringComparer.Ordinal);

    public DataScope Scope => DataScope.Everything;

    public bool CanSeeFullNationalIds => false;

    public bool Has(string permission) => false;

    public bool CanRead(string module) => true;

    public bool CanWrite(string module) => false;
}
