using EduRelief.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 7: Hangfire is the Host's business (and, if ever needed, a module's Jobs folder).</summary>
public sealed class HangfireTests
{
    private const string Hangfire = "Hangfire";

    [Fact]
    public void Modules_use_Hangfire_only_in_their_Jobs_namespace()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var root = Assemblies.NameOf(module);
            var types = Rule.Selects(
                Assemblies.TypesUnderRoot(module).And().DoNotResideInNamespace(root + ".Jobs."),
                $"types outside {root}.Jobs");
            Rule.Holds(types.Should().NotHaveDependencyOn(Hangfire).GetResult(), $"types in {root} outside {root}.Jobs must not use Hangfire");
        }
    }

    [Fact]
    public void SharedKernel_BuildingBlocks_and_contracts_do_not_use_Hangfire()
    {
        var assemblies = Rule.Selects(Assemblies.Contracts, "contracts assemblies")
            .Append(Assemblies.SharedKernel)
            .Append(Assemblies.BuildingBlocks);
        var types = Rule.Selects(Types.InAssemblies(assemblies).That().ResideInNamespace("EduRelief."), "types in SharedKernel, BuildingBlocks and contracts");
        Rule.Holds(types.Should().NotHaveDependencyOn(Hangfire).GetResult(), "SharedKernel, BuildingBlocks and contracts must not use Hangfire");
    }
}
