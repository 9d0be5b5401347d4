using EduRelief.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// A Host of its own (own data folder, in-memory Hangfire) whose upload limit is 1 KB, so "too large" is tested
/// with a 2 KB file. Built from the parameterless <see cref="EduReliefApp"/>: xUnit needs that to stay its only
/// public constructor.
/// </summary>
public sealed class SmallUploadLimitApp : IDisposable
{
    public const int MaxImportBytes = 1024;

    private readonly EduReliefApp _app = new();

    public SmallUploadLimitApp() =>
        Factory = _app.WithWebHostBuilder(builder => builder
            .UseSetting("EduRelief:Registry:MaxImportBytes", MaxImportBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("EduRelief:Jobs:Storage", "InMemory"));

    public WebApplicationFactory<Program> Factory { get; }

    public void Dispose() => _app.Dispose();
}
