using NetArchTest.Rules;

namespace EduRelief.ArchitectureTests.Support;

/// <summary>Assertions shared by every rule: a rule must select something, and a failure names the failing types.</summary>
internal static class Rule
{
    /// <summary>Fails when the selection is empty: a rule over nothing would pass without checking anything.</summary>
    public static IReadOnlyList<T> Selects<T>(IEnumerable<T> selection, string what)
    {
        var list = selection.ToList();
        Assert.True(list.Count > 0, $"The rule selects no {what}, so it would pass without checking anything.");
        return list;
    }

    /// <summary>Runs <see cref="Selects{T}"/> on a NetArchTest selection and returns it for <c>Should()</c>.</summary>
    public static PredicateList Selects(PredicateList selection, string what)
    {
        Selects(selection.GetTypes(), what);
        return selection;
    }

    public static void Holds(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, Message(rule, result.FailingTypeNames ?? []));

    /// <summary>Fails when anything breaks the rule; <paramref name="failing"/> names each offender (type, property, reference).</summary>
    public static void Holds(IEnumerable<string> failing, string rule, string offenders = "Failing types")
    {
        var list = failing.ToList();
        Assert.True(list.Count == 0, Message(rule, list, offenders));
    }

    private static string Message(string rule, IEnumerable<string> failing, string offenders = "Failing types") =>
        $"Broken rule: {rule}{Environment.NewLine}{offenders}:{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", failing);
}
