using EduRelief.ArchitectureTests.Support;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests;

/// <summary>
/// Rule 3: a module shows the Host one public type, its IModule; everything else is internal — except its console
/// pages. Blazor's router finds only public routable components, and Razor makes every component public, so a
/// module's components are the one exception, and they must live in its <c>.Web</c> namespace (ADR 18).
/// </summary>
public sealed class ModuleVisibilityTests
{
    [Fact]
    public void The_only_public_types_in_a_module_are_its_IModule_and_its_console_components()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var name = Assemblies.NameOf(module);
            var types = Rule.Selects(Types.InAssembly(module).That().ArePublic().And().AreNotNested().GetTypes(), $"public types in {name}");
            Rule.Holds(
                types.Where(t => !typeof(IModule).IsAssignableFrom(t) && !IsConsoleComponent(t, name)).Select(t => t.FullName!),
                $"the only public types in {name} implement IModule or are components under {name}.Web; make the rest internal");
        }
    }

    [Fact]
    public void Each_module_exports_exactly_one_IModule_its_Module_class()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var expected = $"{Assemblies.NameOf(module)}.{Assemblies.ModuleNameOf(module)}Module";
            var exported = module.GetExportedTypes().Where(t => typeof(IModule).IsAssignableFrom(t)).Select(t => t.FullName!).ToList();
            Assert.True(
                exported.Count == 1 && exported[0] == expected,
                $"Broken rule: {Assemblies.NameOf(module)} exports exactly one IModule, {expected}.{Environment.NewLine}Found:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", exported));
        }
    }

    [Fact]
    public void Console_components_open_no_DbContext_and_reach_data_only_through_messages()
    {
        var components = Rule.Selects(
            Assemblies.Modules.Append(typeof(Program).Assembly)
                .SelectMany(a => a.GetExportedTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract))
                .ToList(),
            "console components in the modules and the Host");
        Rule.Holds(
            Types.InAssemblies(components.Select(c => c.Assembly).Distinct())
                .That().MeetCustomRule(new AnyOf(components))
                .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "EduRelief.BuildingBlocks.Persistence")
                .GetResult(),
            "a console component sends messages (PageSender); it never opens a DbContext");
    }

    /// <summary>A component under the module's <c>.Web</c> namespace, or Razor's <c>_Imports</c> class there.</summary>
    private static bool IsConsoleComponent(Type type, string assemblyName) =>
        (typeof(IComponent).IsAssignableFrom(type) || type.Name == "_Imports")
        && (type.Namespace + ".").StartsWith(assemblyName + ".Web.", StringComparison.Ordinal);
}
