using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>
/// Every type lives under the namespace named like its assembly (EduRelief.Modules.Registry.*, EduRelief.Contracts.Registry.*),
/// so the namespace-based rules in the other files see every type (ARCHITECTURE.md rule 2).
/// </summary>
public sealed class NamespaceRootTests
{
    [Fact]
    public void Every_type_lives_under_its_assembly_name()
    {
        var assemblies = Rule.Selects(Assemblies.All(), "EduRelief assemblies");
        Rule.Selects(Assemblies.Modules, "module assemblies");
        Rule.Selects(Assemblies.Contracts, "contracts assemblies");

        Rule.Holds(
            assemblies.SelectMany(a => Rule.Selects(Assemblies.WrittenTypes(a), $"types in {Assemblies.NameOf(a)}")
                .Where(t => t.Namespace is null || !(t.Namespace + ".").StartsWith(Assemblies.NameOf(a) + ".", StringComparison.Ordinal))
                .Select(t => $"{t.FullName} (in {Assemblies.NameOf(a)})")),
            "every type lives in the namespace named like its assembly, or below it");
    }
}
