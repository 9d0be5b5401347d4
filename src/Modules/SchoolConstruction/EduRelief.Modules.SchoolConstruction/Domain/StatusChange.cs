namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>A project's move to a status, dated.</summary>
internal sealed class StatusChange
{
    public long Id { get; init; }

    public Guid ProjectId { get; init; }

    public ProjectStatus Status { get; init; }

    public DateOnly On { get; init; }

    public required string RecordedBy { get; init; }
}
