namespace EduRelief.SharedKernel.Identity;

/// <summary>
/// Narrows the caller's <see cref="DataScope"/> to one township for the flow inside a <see cref="To"/> block, so a
/// module's own query counts that township's records only (Reporting's per-township breakdown asks every module's
/// figures query this way instead of each query growing a township filter). It only ever narrows: a township outside
/// the caller's scope narrows to nothing.
/// </summary>
public static class ScopeNarrowing
{
    private static readonly AsyncLocal<string?> Township = new();

    public static IDisposable To(string townshipCode)
    {
        var before = Township.Value;
        Township.Value = townshipCode;
        return new Restore(before);
    }

    /// <summary><paramref name="scope"/>, narrowed to the township of the current flow when there is one.</summary>
    public static DataScope Apply(DataScope scope) => Township.Value is not { } township
        ? scope
        : scope.IncludesTownship(township)
            ? new DataScope { TownshipCodes = new HashSet<string>(StringComparer.Ordinal) { township } }
            : DataScope.Nothing;

    private sealed class Restore(string? before) : IDisposable
    {
        public void Dispose() => Township.Value = before;
    }
}
