namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>One safety appraisal of a building (校舍安全鉴定), kept for ever: the history is the building's record.</summary>
internal sealed class Appraisal
{
    public long Id { get; init; }

    public Guid BuildingId { get; init; }

    public DateOnly AppraisedOn { get; init; }

    public BuildingSafetyGrade Grade { get; init; }

    public required string AppraisedBy { get; init; }

    public required string ReportNo { get; init; }

    public DateOnly NextDueOn { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
