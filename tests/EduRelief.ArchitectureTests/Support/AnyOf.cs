using Mono.Cecil;
using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests.Support;

/// <summary>
/// A NetArchTest predicate that selects exactly the given reflection types, so a selection NetArchTest cannot
/// make itself (inherited interfaces) can still be checked with its conditions.
/// </summary>
internal sealed class AnyOf(IEnumerable<Type> types) : ICustomRule
{
    private readonly HashSet<string> _names = types.Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);

    // Cecil writes nested types as Outer/Inner, reflection as Outer+Inner.
    public bool MeetsRule(TypeDefinition type) => _names.Contains(type.FullName.Replace('/', '+'));
}
