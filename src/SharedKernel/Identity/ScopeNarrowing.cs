namespace EduRelief.SharedKernel.Identity;

/// <summary>
/// Narrows the caller's <see cref="DataScope"/> to one township, or one school of it, for the flow inside a
/// <see cref="To"/> block, so a module's own query counts that township's or school's records only (Reporting's
/// breakdowns ask every module's figures query this way instead of each query growing a filter). It only ever narrows:
/// a township or school outside the caller's scope narrows to nothing.
/// </summary>
public static class ScopeNarrowing
{
    private static readonly AsyncLocal<Narrowed?> Current = new();

    public static IDisposable To(string townshipCode) => Enter(new Narrowed(townshipCode, null));

    /// <summary>One school; its township is needed to tell whether a caller scoped by township sees it.</summary>
    public static IDisposable To(string townshipCode, string schoolCode) => Enter(new Narrowed(townshipCode, schoolCode));

    /// <summary><paramref name="scope"/>, narrowed to the township or school of the current flow when there is one.</summary>
    public static DataScope Apply(DataScope scope) => Current.Value switch
    {
        null => scope,
        { School: { } school } narrowed => scope.Includes(narrowed.Township, school)
            ? new DataScope { SchoolCodes = new HashSet<string>(StringComparer.Ordinal) { school } }
            : DataScope.Nothing,
        var narrowed => scope.IncludesTownship(narrowed.Township)
            ? new DataScope { TownshipCodes = new HashSet<string>(StringComparer.Ordinal) { narrowed.Township } }
            : DataScope.Nothing,
    };

    private static Restore Enter(Narrowed narrowed)
    {
        var before = Current.Value;
        Current.Value = narrowed;
        return new Restore(before);
    }

    private sealed record Narrowed(string Township, string? School);

    private sealed class Restore(Narrowed? before) : IDisposable
    {
        public void Dispose() => Current.Value = before;
    }
}
