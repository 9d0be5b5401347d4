using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// A Host of its own (own data folder, in-memory Hangfire) whose upload limit is 1 KB, so "too large" is tested
/// with a 2 KB file.
/// </summary>
public sealed class SmallUploadLimitApp : IDisposable
{
    public const int MaxImportBytes = 1024;

    private readonly EduReliefApp _app = new(new Dictionary<string, string?>
    {
        ["EduRelief:Registry:MaxImportBytes"] = MaxImportBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EduRelief:Jobs:Storage"] = "InMemory",
    });

    public EduReliefApp Factory => _app;

    public void Dispose() => _app.Dispose();
}
