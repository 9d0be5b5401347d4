namespace EduRelief.Modules.Registry.Features.GetStudentFile;

/// <summary>
/// A change in the student's history or an entry another module reported, in one shape, so the file reads both in
/// one query (<c>UNION ALL</c>): one round trip fewer for every view of a file, which is what a view waits on.
/// </summary>
internal sealed class StudentFileLine
{
    public bool IsEntry { get; init; }

    public long Id { get; init; }

    /// <summary>The changed field, or the reporting module.</summary>
    public required string What { get; init; }

    /// <summary>The old value, or the module's reference.</summary>
    public string? From { get; init; }

    /// <summary>The new value, or the entry's kind.</summary>
    public string? To { get; init; }

    public string? Title { get; init; }

    public DateOnly On { get; init; }

    /// <summary>The change's source, or the entry's details.</summary>
    public string? Note { get; init; }

    public decimal? Amount { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
