namespace EduRelief.Bench;

/// <summary>
/// How long a phase took: wall clock, CPU time of the whole process over the same span, and how much of that the JIT
/// spent compiling (the tiered JIT recompiles hot code on a background thread).
/// </summary>
internal readonly record struct PhaseTime(TimeSpan Wall, TimeSpan Cpu, TimeSpan Jit);
