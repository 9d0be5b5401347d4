using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>
/// Whether a request changes data is declared by its marker, never guessed: authorization asks the write right of an
/// <c>ICommand&lt;&gt;</c> and the read right of an <c>IQuery&lt;&gt;</c>, and audits every command. The pipeline
/// refuses an unmarked request at run time; these rules refuse it at build time.
/// </summary>
public sealed class RequestMarkerTests
{
    [Fact]
    public void Module_and_contract_requests_are_marked_command_or_query()
    {
        var assemblies = Rule.Selects([.. Assemblies.Modules, .. Assemblies.Contracts], "module or contracts assemblies");
        var requests = Rule.Selects(Messages.TypesIn(assemblies, Messages.IsRequest), "requests in the modules and contracts");
        Rule.Holds(
            requests.Where(t => Messages.IsCommand(t) == Messages.IsQuery(t))
                .Select(t => $"{t.FullName} ({(Messages.IsCommand(t) ? "both" : "neither")})"),
            "every IRequest in a module or contracts assembly implements exactly one of ICommand<> and IQuery<>");
    }

    [Fact]
    public void No_type_is_both_a_command_and_a_query()
    {
        var marked = Rule.Selects(
            Messages.TypesIn(Assemblies.All(), t => Messages.IsCommand(t) || Messages.IsQuery(t)),
            "types marked ICommand<> or IQuery<>");
        Rule.Holds(
            marked.Where(t => Messages.IsCommand(t) && Messages.IsQuery(t)).Select(t => t.FullName!),
            "no type implements both ICommand<> and IQuery<>: a request either changes data or only reads it");
    }

    [Fact]
    public void Directory_queries_are_declared_in_contracts()
    {
        var directoryQueries = Rule.Selects(Messages.TypesIn(Assemblies.All(), Messages.IsDirectoryQuery), "directory queries");
        Rule.Holds(
            directoryQueries.Where(t => !Assemblies.Contracts.Contains(t.Assembly)).Select(t => t.FullName!),
            "an IDirectoryQuery<> (read by any signed-in user, not only by those who may read its module) is declared in a contracts assembly, where every module sees it");
    }
}
