using System.Diagnostics;

namespace EduRelief.Bench;

/// <summary>
/// CPU time used by this process (all threads). On a shared machine wall-clock time includes waiting for a core;
/// CPU time does not, so the CPU-time ratio is the steadier figure when other builds are running.
/// </summary>
internal static class CpuClock
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
