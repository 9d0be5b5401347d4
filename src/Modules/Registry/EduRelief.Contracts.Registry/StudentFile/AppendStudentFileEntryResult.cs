namespace EduRelief.Contracts.Registry;

/// <summary><see cref="Appended"/> is false when the same source reference was already in the file.</summary>
public sealed record AppendStudentFileEntryResult
{
    public required long EntryId { get; init; }

    public required bool Appended { get; init; }
}
