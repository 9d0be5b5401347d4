using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>
/// Rule 13: nothing in a module names a database engine; bulk writes, duplicate keys and locks go through
/// BuildingBlocks, which has one implementation per engine. Generated migrations are each engine's own by design.
/// </summary>
public sealed class EngineNeutralityTests
{
    private static readonly string[] EngineNamespaces = ["Microsoft.Data.Sqlite", "Npgsql"];

    [Fact]
    public void Modules_use_no_database_engine_types_outside_their_migrations()
    {
        foreach (var module in Rule.Selects(Assemblies.Modules, "module assemblies"))
        {
            var root = Assemblies.NameOf(module);
            var types = Rule.Selects(
                Assemblies.TypesUnderRoot(module).And().DoNotResideInNamespace(root + ".Data.Migrations"),
                $"types of {root} outside its migrations");
            Rule.Holds(
                types.Should().NotHaveDependencyOnAny(EngineNamespaces).GetResult(),
                $"types in {root} must not use {string.Join(" or ", EngineNamespaces)} (use BuildingBlocks.Persistence)");
        }
    }

    [Fact]
    public void Contracts_and_SharedKernel_use_no_database_engine_types()
    {
        var assemblies = Rule.Selects(Assemblies.Contracts, "contracts assemblies").Append(Assemblies.SharedKernel);
        var types = Rule.Selects(NetArchTest.Rules.Types.InAssemblies(assemblies).That().ResideInNamespace("EduRelief."), "types in SharedKernel and contracts");
        Rule.Holds(types.Should().NotHaveDependencyOnAny(EngineNamespaces).GetResult(), "SharedKernel and contracts must not use a database engine");
    }
}
