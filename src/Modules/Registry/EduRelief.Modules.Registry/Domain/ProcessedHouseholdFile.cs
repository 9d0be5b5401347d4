namespace EduRelief.Modules.Registry.Domain;

/// <summary>A household list already applied, by content hash, so dropping the same file again changes nothing.</summary>
internal sealed class ProcessedHouseholdFile
{
    public required string Sha256 { get; init; }

    public required string FileName { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }

    public required string Outcome { get; init; }
}
