using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>
/// The real Host on its embedded default (a SQLite file per module and Hangfire's own SQLite file), in a fresh
/// data folder of its own. Extra settings switch modules or features for one test class.
/// </summary>
public sealed class EduReliefApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public EduReliefApp()
        : this(new Dictionary<string, string?>())
    {
    }

    internal EduReliefApp(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "edurelief-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = settings;
        _services = services;
    }

    public string DataDirectory { get; }

    public string HouseholdInbox => Path.Combine(DataDirectory, "inbox", "households");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("EduRelief:DataDirectory", DataDirectory);
        builder.UseSetting("EduRelief:Outbox:PollInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background thread is left to the OS temp cleaner.
            }
        }
    }
}
