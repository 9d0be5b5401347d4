namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>Money spent on a project: the county's construction investment is the sum of these by date.</summary>
internal sealed class Spending
{
    public long Id { get; init; }

    public Guid ProjectId { get; init; }

    public DateOnly SpentOn { get; init; }

    public decimal Amount { get; init; }

    public required string Purpose { get; init; }

    public required string RecordedBy { get; init; }
}
