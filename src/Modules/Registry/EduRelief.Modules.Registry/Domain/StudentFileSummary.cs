namespace EduRelief.Modules.Registry.Domain;

/// <summary>The head of a student file, rebuilt by the ledger refresh from the file's entries and history.</summary>
internal sealed class StudentFileSummary
{
    public Guid StudentId { get; init; }

    public int EntryCount { get; init; }

    public decimal AidTotal { get; init; }

    public DateOnly? LastEntryOn { get; init; }

    public int ChangeCount { get; init; }

    public DateTimeOffset RefreshedAt { get; init; }
}
