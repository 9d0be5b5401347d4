using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Reporting is downstream of everyone: it reads their figures and lists through queries and changes nothing of theirs.</summary>
public sealed class ReportingDownstreamTests
{
    private const string Reporting = "Reporting";

    [Fact]
    public void Reporting_sends_no_other_modules_commands()
    {
        var module = Assert.Single(Assemblies.Modules, a => Assemblies.NameOf(a) == Assemblies.ModulePrefix + Reporting);
        var commands = Rule.Selects(
            Messages.TypesIn(Assemblies.Contracts.Where(a => Assemblies.ModuleNameOf(a) != Reporting), Messages.IsCommand).Select(t => t.FullName!),
            "commands in the other modules' contracts").ToArray();
        var types = Rule.Selects(Assemblies.TypesUnderRoot(module), $"types in {Assemblies.NameOf(module)}");

        Rule.Holds(
            types.Should().NotHaveDependencyOnAny(commands).GetResult(),
            "Reporting only reads: it depends on no command of another module");
    }
}
