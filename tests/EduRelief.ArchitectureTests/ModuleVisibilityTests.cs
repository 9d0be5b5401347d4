using EduRelief.ArchitectureTests.Support;
using EduRelief.SharedKernel.Modules;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 6: a module shows the Host one public type, its IModule; everything else is internal.</summary>
public sealed class ModuleVisibilityTests
{
    [Fact]
    public void The_only_public_types_in_a_module_implement_IModule()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var types = Rule.Selects(Types.InAssembly(module).That().ArePublic().And().AreNotNested(), $"public types in {Assemblies.NameOf(module)}");
            Rule.Holds(
                types.Should().ImplementInterface(typeof(IModule)).GetResult(),
                $"the only public types in {Assemblies.NameOf(module)} implement IModule; make the rest internal");
        }
    }

    [Fact]
    public void Each_module_exports_exactly_one_type_its_Module_class()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var expected = $"{Assemblies.NameOf(module)}.{Assemblies.ModuleNameOf(module)}Module";
            var exported = module.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
            Assert.True(
                exported.Count == 1 && exported[0] == expected && typeof(IModule).IsAssignableFrom(module.GetType(expected)),
                $"Broken rule: {Assemblies.NameOf(module)} exports exactly one type, {expected}, implementing IModule.{Environment.NewLine}Public types:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", exported));
        }
    }
}
