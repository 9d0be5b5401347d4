using EduRelief.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 4: a contracts assembly exposes sealed records and enums, nothing else.</summary>
public sealed class ContractsTypeTests
{
    [Fact]
    public void Public_contract_types_are_sealed()
    {
        var types = Rule.Selects(Types.InAssemblies(Rule.Selects(Assemblies.Contracts, "contracts assemblies")).That().ArePublic(), "public contract types");
        Rule.Holds(types.Should().BeSealed().GetResult(), "every public type in a contracts assembly is sealed");
    }

    [Fact]
    public void Public_contract_types_are_sealed_records_or_enums()
    {
        var types = Rule.Selects(
            Rule.Selects(Assemblies.Contracts, "contracts assemblies").SelectMany(a => a.GetExportedTypes()),
            "public contract types");
        Rule.Holds(
            types.Where(t => !t.IsEnum && !(TypeShape.IsSealedRecord(t) && !t.IsAbstract)).Select(t => t.FullName!),
            "every public type in a contracts assembly (nested ones too) is a sealed record or an enum: no interfaces, structs, static or plain classes");
    }
}
