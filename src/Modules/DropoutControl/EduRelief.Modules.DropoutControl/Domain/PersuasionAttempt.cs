namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>One persuasion attempt (劝返): when, by whom, how (home visit, phone, meeting …) and what came of it.</summary>
internal sealed class PersuasionAttempt
{
    public long Id { get; init; }

    public Guid CaseId { get; init; }

    public DateOnly On { get; init; }

    public required string By { get; init; }

    public required string Method { get; init; }

    public required string Result { get; init; }
}
