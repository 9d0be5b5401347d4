using System.Reflection;
using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 9: Registry is upstream of everyone, so it knows no other module's contracts.</summary>
public sealed class RegistryUpstreamTests
{
    /// <summary>Modules that reference no other module's contracts at all. Reporting's downstream rules come later.</summary>
    private static readonly string[] UpstreamModules = ["Registry"];

    [Fact]
    public void Upstream_modules_are_shipped()
    {
        foreach (var name in UpstreamModules)
        {
            Assert.Contains(Assemblies.ModulePrefix + name, Assemblies.Modules.Select(Assemblies.NameOf));
            Assert.Contains(Assemblies.ContractsPrefix + name, Assemblies.Contracts.Select(Assemblies.NameOf));
        }
    }

    [Fact]
    public void Registry_depends_on_no_other_modules_contracts()
    {
        foreach (var name in UpstreamModules)
        {
            DependsOnNoOtherContracts(Module(name), name);
            DependsOnNoOtherContracts(Contracts(name), name);
        }
    }

    private static void DependsOnNoOtherContracts(Assembly assembly, string own)
    {
        var otherContracts = Rule.Selects(
            Assemblies.AllModuleNames().Where(m => m != own).Select(m => Assemblies.ContractsPrefix + m),
            $"other modules' contracts for {own} to stay away from").ToArray();
        var types = Rule.Selects(Assemblies.TypesUnderRoot(assembly), $"types in {Assemblies.NameOf(assembly)}");
        Rule.Holds(
            types.Should().NotHaveDependencyOnAny(otherContracts).GetResult(),
            $"{Assemblies.NameOf(assembly)} is upstream and must not depend on {string.Join(", ", otherContracts)}");
    }

    private static Assembly Module(string name) =>
        Assert.Single(Assemblies.Modules, a => Assemblies.NameOf(a) == Assemblies.ModulePrefix + name);

    private static Assembly Contracts(string name) =>
        Assert.Single(Assemblies.Contracts, a => Assemblies.NameOf(a) == Assemblies.ContractsPrefix + name);
}
