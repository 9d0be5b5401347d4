using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 2: contracts are plain messages, shared by every module, so they drag nothing in.</summary>
public sealed class ContractsDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "EduRelief.Modules",
        "EduRelief.BuildingBlocks",
        "EduRelief.Host",
        "Microsoft.EntityFrameworkCore",
        "Hangfire",
        "Microsoft.AspNetCore",
    ];

    private static readonly string[] SharedKernelParts =
    [
        "EduRelief.SharedKernel.Primitives",
        "EduRelief.SharedKernel.Messaging",
        "EduRelief.SharedKernel.Paging",
        "EduRelief.SharedKernel.Figures",
    ];

    [Fact]
    public void Contracts_do_not_depend_on_modules_EF_Core_Hangfire_or_ASP_NET()
    {
        foreach (var contracts in Rule.Selects(Assemblies.Contracts, "contracts assemblies"))
        {
            var types = Rule.Selects(Assemblies.TypesUnderRoot(contracts), $"types in {Assemblies.NameOf(contracts)}");
            Rule.Holds(
                types.Should().NotHaveDependencyOnAny(Forbidden).GetResult(),
                $"{Assemblies.NameOf(contracts)} must not depend on {string.Join(", ", Forbidden)}");
        }
    }

    [Fact]
    public void Contracts_depend_only_on_System_MediatR_SharedKernel_primitives_and_themselves()
    {
        foreach (var contracts in Rule.Selects(Assemblies.Contracts, "contracts assemblies"))
        {
            string[] allowed = ["System", "MediatR", .. SharedKernelParts, Assemblies.NameOf(contracts)];
            var types = Rule.Selects(Assemblies.TypesUnderRoot(contracts), $"types in {Assemblies.NameOf(contracts)}");
            Rule.Holds(
                types.Should().OnlyHaveDependenciesOn(allowed).GetResult(),
                $"{Assemblies.NameOf(contracts)} may depend only on {string.Join(", ", allowed)}");
        }
    }
}
