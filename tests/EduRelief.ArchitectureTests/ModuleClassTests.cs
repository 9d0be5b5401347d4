using EduRelief.ArchitectureTests.Support;
using EduRelief.SharedKernel.Modules;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 11: the Host creates each IModule with Activator, so it must have a public parameterless constructor.</summary>
public sealed class ModuleClassTests
{
    private static IReadOnlyList<Type> ModuleClasses() =>
        Rule.Selects(
            Messages.TypesIn(Rule.Selects(Assemblies.Modules, "module assemblies"), t => t.IsClass && typeof(IModule).IsAssignableFrom(t)),
            "IModule implementations in the modules");

    [Fact]
    public void Module_classes_have_a_public_parameterless_constructor()
    {
        Rule.Holds(
            ModuleClasses().Where(t => t.IsAbstract || t.GetConstructor(Type.EmptyTypes) is not { IsPublic: true }).Select(t => t.FullName!),
            "every IModule implementation is concrete and has a public parameterless constructor");
    }

    [Fact]
    public void Module_classes_are_sealed()
    {
        var types = Rule.Selects(
            Types.InAssemblies(Assemblies.Modules).That().MeetCustomRule(new AnyOf(ModuleClasses())),
            "IModule implementations seen by NetArchTest");
        Rule.Holds(types.Should().BeSealed().GetResult(), "every IModule implementation is sealed");
    }
}
