using EduRelief.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 5: handlers are the module's insides: internal, sealed, named …Handler.</summary>
public sealed class HandlerTests
{
    private static PredicateList Handlers()
    {
        var modules = Rule.Selects(Assemblies.Modules, "module assemblies");
        var handlers = Rule.Selects(Messages.TypesIn(modules, Messages.IsHandler), "request or notification handlers in the modules");
        return Rule.Selects(Types.InAssemblies(modules).That().MeetCustomRule(new AnyOf(handlers)), "handlers seen by NetArchTest");
    }

    [Fact]
    public void Handlers_are_internal()
    {
        Rule.Holds(Handlers().Should().NotBePublic().And().NotBeNestedPublic().GetResult(), "every IRequestHandler/INotificationHandler in a module is internal");
    }

    [Fact]
    public void Handlers_are_sealed()
    {
        Rule.Holds(Handlers().Should().BeSealed().GetResult(), "every IRequestHandler/INotificationHandler in a module is sealed");
    }

    [Fact]
    public void Handlers_are_named_Handler()
    {
        Rule.Holds(Handlers().Should().HaveNameEndingWith("Handler", StringComparison.Ordinal).GetResult(), "every IRequestHandler/INotificationHandler in a module is named …Handler");
    }
}
