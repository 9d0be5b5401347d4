namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>One funding source's amount in one revision of a project's budget; earlier revisions are kept.</summary>
internal sealed class BudgetLine
{
    public long Id { get; init; }

    public Guid ProjectId { get; init; }

    public int Revision { get; init; }

    public FundingSource Source { get; init; }

    public decimal Amount { get; init; }

    public DateOnly RevisedOn { get; init; }

    public required string RevisedBy { get; init; }
}
