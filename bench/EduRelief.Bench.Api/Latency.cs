using System.Diagnostics;

namespace EduRelief.Bench.Api;

/// <summary>Median and 95th percentile of one operation repeated, after a warm-up.</summary>
internal sealed record Latency(double MedianMs, double P95Ms)
{
    public static async Task<Latency> OfAsync(int count, Func<Task> operation)
    {
        for (var i = 0; i < 100; i++)
        {
            await operation();
        }

        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Latency(samples[count / 2], samples[(int)(count * 0.95)]);
    }

    public override string ToString() => $"median {MedianMs:0.000} ms, p95 {P95Ms:0.000} ms";
}
