namespace EduRelief.Modules.Registry.Domain;

/// <summary>An entry another module reported into a student's file (一生一档); unique per source reference.</summary>
internal sealed class StudentFileEntry
{
    public long Id { get; init; }

    public Guid StudentId { get; init; }

    public required string SourceModule { get; init; }

    public required string SourceReference { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public DateOnly OccurredOn { get; init; }

    public decimal? Amount { get; init; }

    public string? Details { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
