using EduRelief.SharedKernel.Identity;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>
/// A caller who may change no module's data: by default signed in and reading every module's data; with
/// <c>readsData: false</c> an administrator (signed in) or a visitor (not) who reads none.
/// </summary>
internal sealed class ReadOnlyCaller(bool signedIn = true, bool readsData = true) : ICallerContext
{
    public string UserName => signedIn ? "reader" : "anonymous";

    public bool IsAuthenticated => signedIn;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>(StringComparer.Ordinal);

    public DataScope Scope => DataScope.Everything;

    public bool CanSeeFullNationalIds => false;

    public bool Has(string permission) => false;

    public bool CanRead(string module) => readsData;

    public bool CanWrite(string module) => false;
}
