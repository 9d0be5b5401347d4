using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Security;

/// <summary>A Host of its own (own data folder, in-memory Hangfire) that allows one client address three sign-in attempts a minute.</summary>
public sealed class FewSignInsApp : IDisposable
{
    public const int AttemptsPerAddress = 3;

    private readonly EduReliefApp _app = new(new Dictionary<string, string?>
    {
        ["EduRelief:Access:SignIn:AttemptsPerAddress"] = AttemptsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EduRelief:Jobs:Storage"] = "InMemory",
    });

    public EduReliefApp Factory => _app;

    public void Dispose() => _app.Dispose();
}
