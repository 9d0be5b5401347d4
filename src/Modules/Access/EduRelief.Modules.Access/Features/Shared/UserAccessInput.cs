namespace EduRelief.Modules.Access.Features.Shared;

/// <summary>What a user may do and see, as an administrator sets it.</summary>
internal sealed record UserAccessInput
{
    public IReadOnlyList<string>? Roles { get; init; }

    public IReadOnlyList<string>? Townships { get; init; }

    public IReadOnlyList<string>? Schools { get; init; }

    public IReadOnlyList<string>? Modules { get; init; }

    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>The values as stored: trimmed, blanks and repeats dropped.</summary>
    public static List<string> Stored(IReadOnlyList<string>? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
