using System.Reflection;
using System.Runtime.CompilerServices;
using EduRelief.SharedKernel.Modules;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests.Support;

/// <summary>
/// The EduRelief assemblies under test, found as files next to the test assembly (the Host ships every module,
/// so the build copies them here). Nothing is listed by hand: a new module is checked as soon as the Host references it.
/// </summary>
internal static class Assemblies
{
    public const string ModulePrefix = "EduRelief.Modules.";
    public const string ContractsPrefix = "EduRelief.Contracts.";

    /// <summary>The modules named in ARCHITECTURE.md, shipped or not yet: a reference to any of them is a dependency too.</summary>
    public static IReadOnlyList<string> PlannedModuleNames { get; } =
    [
        "Registry", "SchoolConstruction", "Subsidies", "TeacherSupport",
        "SpecialNeeds", "Vocational", "DropoutControl", "Reporting",
    ];

    /// <summary>Every <c>EduRelief.Modules.*.dll</c> next to the test assembly.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } = LoadAll(ModulePrefix);

    /// <summary>Every <c>EduRelief.Contracts.*.dll</c> next to the test assembly.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } = LoadAll(ContractsPrefix);

    public static Assembly SharedKernel => typeof(IModule).Assembly;

    public static Assembly BuildingBlocks { get; } = LoadOne("EduRelief.BuildingBlocks");

    /// <summary><c>Registry</c> for <c>EduRelief.Modules.Registry</c> or <c>EduRelief.Contracts.Registry</c>.</summary>
    public static string ModuleNameOf(Assembly assembly)
    {
        var name = NameOf(assembly);
        if (name.StartsWith(ModulePrefix, StringComparison.Ordinal))
        {
            return name[ModulePrefix.Length..];
        }

        if (name.StartsWith(ContractsPrefix, StringComparison.Ordinal))
        {
            return name[ContractsPrefix.Length..];
        }

        throw new ArgumentException($"{name} is neither a module nor a contracts assembly.", nameof(assembly));
    }

    /// <summary>The assembly's simple name, which is also its root namespace.</summary>
    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    /// <summary>Every EduRelief assembly whose types must live under a namespace named like the assembly.</summary>
    public static IReadOnlyList<Assembly> All() => [SharedKernel, BuildingBlocks, .. Contracts, .. Modules];

    /// <summary>
    /// NetArchTest's selection of the types in <paramref name="assembly"/> under the namespace named like it
    /// (nested types, lambdas' closures included). The trailing dot keeps <c>Foo.Registry</c> from matching <c>Foo.RegistryX</c>.
    /// </summary>
    public static PredicateList TypesUnderRoot(Assembly assembly) =>
        Types.InAssembly(assembly).That().ResideInNamespace(NameOf(assembly) + ".");

    /// <summary>The types a person wrote: not the compiler's closures, state machines or embedded attributes.</summary>
    public static IReadOnlyList<Type> WrittenTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !IsCompilerGenerated(t)).ToList();

    /// <summary>Module names shipped today plus the planned ones, without duplicates.</summary>
    public static IReadOnlyList<string> AllModuleNames() =>
        Modules.Concat(Contracts).Select(ModuleNameOf).Concat(PlannedModuleNames).Distinct(StringComparer.Ordinal).ToList();

    private static bool IsCompilerGenerated(Type type)
    {
        for (Type? t = type; t is not null; t = t.DeclaringType)
        {
            // Source generators mark the types they embed (Razor's form validation attribute) with [Embedded]; Razor
            // infers generic components' type arguments in classes of its own under __Blazor.
            if (t.Name.StartsWith('<') || t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                || t.Namespace?.StartsWith("__Blazor", StringComparison.Ordinal) == true
                || t.CustomAttributes.Any(a => a.AttributeType.FullName == "Microsoft.CodeAnalysis.EmbeddedAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Assembly> LoadAll(string prefix) =>
        Directory.GetFiles(AppContext.BaseDirectory, prefix + "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .ToList();

    private static Assembly LoadOne(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        Assert.True(File.Exists(path), $"{path} is missing: the Host should bring it into the test output.");
        return Assembly.Load(AssemblyName.GetAssemblyName(path));
    }
}
