namespace EduRelief.Web.Requests;

/// <summary>
/// Why a message a page sent was refused, in the user's language: a title, and each field's reasons to show under
/// that field — the same words an HTTP caller reads in the problem's <c>errors</c>.
/// </summary>
public sealed record PageProblem(string Title, IReadOnlyDictionary<string, string[]> Fields)
{
    public static PageProblem Of(string title) => new(title, new Dictionary<string, string[]>());

    /// <summary>The reasons for one field (the API's field name, case-insensitive), joined; null when it has none.</summary>
    public string? For(string field) =>
        Fields.FirstOrDefault(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)) is { Value: { Length: > 0 } reasons }
            ? string.Join("；", reasons)
            : null;

    /// <summary>Every reason, for a message box: "field: reason".</summary>
    public IEnumerable<string> All => Fields.SelectMany(f => f.Value.Select(reason => $"{f.Key}: {reason}"));
}
