using EduRelief.SharedKernel.Modules;

namespace EduRelief.Bench;

/// <summary>Every module the bench registers is switched on.</summary>
internal sealed class BenchModules(params string[] names) : IModuleDirectory
{
    public IReadOnlyList<string> Names { get; } = names;

    public bool IsEnabled(string module) => Names.Contains(module, StringComparer.Ordinal);
}
