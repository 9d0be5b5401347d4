using EduRelief.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduRelief.Host.Tests.Registry;

/// <summary>A Host of its own whose clock the test sets, in a county on China Standard Time (UTC+8).</summary>
public sealed class CountyClockApp : IDisposable
{
    private readonly EduReliefApp _app;

    public CountyClockApp()
    {
        Clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        _app = new EduReliefApp(
            new Dictionary<string, string?> { ["EduRelief:Jobs:Storage"] = "InMemory" },
            services => services.AddSingleton<TimeProvider>(Clock));
    }

    public FakeTimeProvider Clock { get; } = new();

    public EduReliefApp Factory => _app;

    /// <summary>Sets the clock to a county (Beijing) wall-clock time.</summary>
    public void SetCountyTime(int year, int month, int day, int hour, int minute) =>
        // AdjustTime may go back: the tests sharing this app run in any order.
        Clock.AdjustTime(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)));

    public void Dispose() => _app.Dispose();
}
