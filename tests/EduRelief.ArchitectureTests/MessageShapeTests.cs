using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 3: messages are sealed records with init-only properties, named for what they are.</summary>
public sealed class MessageShapeTests
{
    private static IReadOnlyList<Type> ContractMessages() =>
        Rule.Selects(
            Messages.TypesIn(Rule.Selects(Assemblies.Contracts, "contracts assemblies"), t => Messages.IsRequest(t) || Messages.IsNotification(t)),
            "requests or notifications in the contracts");

    private static IReadOnlyList<Type> ModuleRequests() =>
        Rule.Selects(
            Messages.TypesIn(Rule.Selects(Assemblies.Modules, "module assemblies"), Messages.IsRequest),
            "requests in the modules");

    [Fact]
    public void Contract_messages_are_sealed_records()
    {
        Rule.Holds(
            ContractMessages().Where(t => !TypeShape.IsSealedRecord(t)).Select(t => t.FullName!),
            "every IRequest/INotification in a contracts assembly is a sealed record");
    }

    [Fact]
    public void Contract_messages_have_init_only_properties()
    {
        Rule.Holds(
            ContractMessages().SelectMany(t => TypeShape.MutableProperties(t).Select(p => $"{t.FullName}.{p.Name}")),
            "every public property of a contract message is get-only or init-only (no set)",
            "Failing properties");
    }

    [Fact]
    public void Contract_requests_are_named_Query_or_Command()
    {
        var requests = Rule.Selects(ContractMessages().Where(Messages.IsRequest), "requests in the contracts");
        Rule.Holds(
            requests.Where(t => !t.Name.EndsWith("Query", StringComparison.Ordinal) && !t.Name.EndsWith("Command", StringComparison.Ordinal)).Select(t => t.FullName!),
            "every IRequest in a contracts assembly is named …Query or …Command");
    }

    [Fact]
    public void Contract_notifications_are_named_IntegrationEvent()
    {
        var events = Rule.Selects(ContractMessages().Where(Messages.IsNotification), "notifications in the contracts");
        Rule.Holds(
            events.Where(t => !t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal)).Select(t => t.FullName!),
            "every INotification in a contracts assembly is named …IntegrationEvent");
    }

    [Fact]
    public void Module_requests_are_named_Query_or_Command()
    {
        Rule.Holds(
            ModuleRequests().Where(t => !t.Name.EndsWith("Query", StringComparison.Ordinal) && !t.Name.EndsWith("Command", StringComparison.Ordinal)).Select(t => t.FullName!),
            "every IRequest inside a module assembly is named …Query or …Command");
    }

    [Fact]
    public void Module_requests_are_sealed_records_with_init_only_properties()
    {
        var requests = ModuleRequests();
        Rule.Holds(
            requests.Where(t => !TypeShape.IsSealedRecord(t)).Select(t => t.FullName!)
                .Concat(requests.SelectMany(t => TypeShape.MutableProperties(t).Select(p => $"{t.FullName}.{p.Name}"))),
            "every IRequest inside a module assembly is a sealed record whose public properties are get-only or init-only",
            "Failing types and properties");
    }
}
