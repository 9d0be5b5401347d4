using System.Reflection;
using System.Runtime.CompilerServices;

namespace EduRelief.ArchitectureTests.Support;

/// <summary>Shape checks by reflection, for what NetArchTest cannot see (records, init-only setters).</summary>
internal static class TypeShape
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>A record class: the compiler gives it a <c>&lt;Clone&gt;$</c> method and an <c>EqualityContract</c> property.</summary>
    public static bool IsRecord(Type type) =>
        type.IsClass && (type.GetMethod("<Clone>$", Declared) is not null || type.GetProperty("EqualityContract", Declared) is not null);

    public static bool IsSealedRecord(Type type) => IsRecord(type) && type.IsSealed;

    /// <summary>True when the property has no setter or only an <c>init</c> accessor.</summary>
    public static bool IsInitOnlyOrReadOnly(PropertyInfo property) =>
        property.SetMethod is not { } setter
        || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>Public instance properties (declared or inherited) that can be set after construction.</summary>
    public static IReadOnlyList<PropertyInfo> MutableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !IsInitOnlyOrReadOnly(p))
            .ToList();
}
