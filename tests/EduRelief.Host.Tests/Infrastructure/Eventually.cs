namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>Waits for something that happens in the background (a job, the outbox) without fixed sleeps.</summary>
public static class Eventually
{
    public static async Task<T> MatchAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int timeoutSeconds = 30)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"Timed out after {timeoutSeconds} s waiting for {what}; last value: {value}");
            }

            await Task.Delay(100);
        }
    }
}
