using System.Diagnostics;

namespace EduRelief.Bench.Api;

/// <summary>The highest working set seen while an operation runs, sampled every 10 ms, above the level before it.</summary>
internal sealed record MemoryPeak(long BeforeMb, long PeakMb)
{
    public long AboveMb => PeakMb - BeforeMb;

    public static async Task<(T Result, TimeSpan Elapsed, MemoryPeak Memory)> OfAsync<T>(Func<Task<T>> operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var before = Environment.WorkingSet;
        var peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(10, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        var result = await operation();
        var elapsed = clock.Elapsed;
        await done.CancelAsync();
        await sampler;
        peak = Math.Max(peak, Environment.WorkingSet);
        return (result, elapsed, new MemoryPeak(before / 1048576, peak / 1048576));
    }

    public override string ToString() => $"working set {BeforeMb} MB before, peak {PeakMb} MB (+{AboveMb} MB)";
}
