using EduRelief.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduRelief.Host.Tests.Registry;

/// <summary>A Host of its own whose clock the test sets, in a county on China Standard Time (UTC+8).</summary>
public sealed class CountyClockApp : IDisposable
{
    private readonly EduReliefApp _app = new();

    public CountyClockApp()
    {
        Clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Factory = _app.WithWebHostBuilder(builder => builder
            .UseSetting("EduRelief:Jobs:Storage", "InMemory")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public FakeTimeProvider Clock { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>Sets the clock to a county (Beijing) wall-clock time.</summary>
    public void SetCountyTime(int year, int month, int day, int hour, int minute) =>
        Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)));

    public void Dispose() => _app.Dispose();
}
