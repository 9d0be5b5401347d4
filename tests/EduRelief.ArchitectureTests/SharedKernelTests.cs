using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 8: the SharedKernel sits below everything and knows nothing above it.</summary>
public sealed class SharedKernelTests
{
    private static readonly string[] Forbidden =
    [
        "EduRelief.Modules",
        "EduRelief.Contracts",
        "EduRelief.BuildingBlocks",
        "EduRelief.Host",
        "Microsoft.EntityFrameworkCore",
        "Hangfire",
    ];

    [Fact]
    public void SharedKernel_depends_on_no_module_contracts_BuildingBlocks_EF_Core_or_Hangfire()
    {
        var types = Rule.Selects(Assemblies.TypesUnderRoot(Assemblies.SharedKernel), "types in EduRelief.SharedKernel");
        Rule.Holds(
            types.Should().NotHaveDependencyOnAny(Forbidden).GetResult(),
            $"EduRelief.SharedKernel must not depend on {string.Join(", ", Forbidden)}");
    }

    [Fact]
    public void BuildingBlocks_depends_on_no_module_contracts_or_Hangfire()
    {
        string[] forbidden = ["EduRelief.Modules", "EduRelief.Contracts", "EduRelief.Host", "Hangfire"];
        var types = Rule.Selects(Assemblies.TypesUnderRoot(Assemblies.BuildingBlocks), "types in EduRelief.BuildingBlocks");
        Rule.Holds(
            types.Should().NotHaveDependencyOnAny(forbidden).GetResult(),
            $"EduRelief.BuildingBlocks must not depend on {string.Join(", ", forbidden)}");
    }
}
