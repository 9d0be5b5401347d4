using System.Reflection;
using EduRelief.SharedKernel.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Modules;

/// <summary>
/// Every <c>EduRelief.Modules.*</c> assembly the Host ships, found by scanning its dependencies (no hand-kept list),
/// each switched on or off by <c>Modules:&lt;Name&gt;:Enabled</c> (on unless configured off).
/// </summary>
internal sealed class ModuleCatalog(IReadOnlyList<LoadedModule> modules) : IModuleDirectory
{
    public const string AssemblyPrefix = "EduRelief.Modules.";

    public IReadOnlyList<LoadedModule> All => modules;

    public IReadOnlyList<string> Names { get; } = modules.Select(m => m.Name).ToList();

    public IEnumerable<IModule> Enabled => modules.Where(m => m.Enabled).Select(m => m.Module);

    public bool IsEnabled(string module) => modules.Any(m => m.Enabled && string.Equals(m.Name, module, StringComparison.Ordinal));

    public IEnumerable<Assembly> EnabledAssemblies => Enabled.Select(m => m.GetType().Assembly).Distinct();

    /// <summary>The enabled modules' assemblies, for the console's router: each brings its own pages (ADR 18).</summary>
    public Assembly[] PageAssemblies => EnabledAssemblies.ToArray();

    public IEnumerable<RecurringJobDefinition> EnabledJobs => Enabled.SelectMany(m => m.RecurringJobs);

    public static ModuleCatalog Discover(IConfiguration configuration)
    {
        var found = new ServiceCollection();
        found.Scan(scan => scan
            .FromApplicationDependencies(a => a.GetName().Name?.StartsWith(AssemblyPrefix, StringComparison.Ordinal) == true)
            .AddClasses(c => c.AssignableTo<IModule>())
            .As<IModule>()
            .WithSingletonLifetime());
        var modules = found
            .Select(d => d.ImplementationType!)
            .Distinct()
            .Select(t => (IModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new LoadedModule(m, configuration.GetValue($"Modules:{m.Name}:Enabled", defaultValue: true)))
            .ToList();
        return new ModuleCatalog(modules);
    }
}
