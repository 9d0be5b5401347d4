using System.Diagnostics;
using System.Runtime;

namespace EduRelief.Bench;

/// <summary>Measures <see cref="PhaseTime"/>: a stopwatch, the process CPU time and the JIT time, started and stopped together.</summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch _wall = new();
    private TimeSpan _cpu;
    private TimeSpan _jit;
    private TimeSpan _cpuStart;
    private TimeSpan _jitStart;

    public PhaseTime Elapsed => new(_wall.Elapsed, _cpu, _jit);

    public static PhaseClock StartNew()
    {
        var clock = new PhaseClock();
        clock.Start();
        return clock;
    }

    public void Start()
    {
        _jitStart = JitInfo.GetCompilationTime();
        _cpuStart = CpuClock.Now();
        _wall.Start();
    }

    public void Stop()
    {
        _wall.Stop();
        _cpu += CpuClock.Now() - _cpuStart;
        _jit += JitInfo.GetCompilationTime() - _jitStart;
    }
}
