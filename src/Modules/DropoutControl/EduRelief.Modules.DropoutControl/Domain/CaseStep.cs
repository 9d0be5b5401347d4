namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// One step in a case's life (opened, stage moved, attempt, notice, owners, outcome, closed), numbered in order. Each
/// is appended to the student file, referenced by its number so a resend changes nothing.
/// </summary>
internal sealed class CaseStep
{
    public long Id { get; init; }

    public Guid CaseId { get; init; }

    public int Number { get; init; }

    public DateOnly On { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public string? Details { get; init; }
}
