using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 1: a module talks to another module only through that module's contracts.</summary>
public sealed class ModuleIsolationTests
{
    [Fact]
    public void Module_assemblies_are_found()
    {
        Rule.Selects(Assemblies.Modules, "EduRelief.Modules.*.dll next to the tests");
        Rule.Selects(Assemblies.Contracts, "EduRelief.Contracts.*.dll next to the tests");
    }

    [Fact]
    public void No_module_depends_on_another_module()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var own = Assemblies.ModuleNameOf(module);
            var otherModules = Rule.Selects(
                Assemblies.AllModuleNames().Where(m => m != own).Select(m => Assemblies.ModulePrefix + m),
                $"other modules for {own} to stay away from").ToArray();

            var types = Rule.Selects(Assemblies.TypesUnderRoot(module), $"types in {module.GetName().Name}");

            Rule.Holds(
                types.Should().NotHaveDependencyOnAny(otherModules).GetResult(),
                $"{Assemblies.NameOf(module)} must not depend on another module ({string.Join(", ", otherModules)}); use its EduRelief.Contracts.* instead");
        }
    }
}
