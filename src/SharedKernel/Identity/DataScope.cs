namespace EduRelief.SharedKernel.Identity;

/// <summary>
/// The part of the county a caller may see: everything, or the schools of some townships plus some single schools.
/// A record outside it is answered as if it did not exist (404), so its existence does not leak.
/// </summary>
public sealed record DataScope
{
    public static readonly DataScope Everything = new() { All = true };

    public static readonly DataScope Nothing = new();

    public bool All { get; init; }

    public IReadOnlySet<string> TownshipCodes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlySet<string> SchoolCodes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool Includes(string townshipCode, string schoolCode) =>
        All || TownshipCodes.Contains(townshipCode) || SchoolCodes.Contains(schoolCode);

    public bool IncludesTownship(string townshipCode) => All || TownshipCodes.Contains(townshipCode);
}
