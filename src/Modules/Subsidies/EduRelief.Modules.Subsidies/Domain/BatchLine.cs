namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>One student in a batch: the amount, the rule that gave it, and where it stands.</summary>
internal sealed class BatchLine
{
    public long Id { get; init; }

    public Guid BatchId { get; init; }

    public Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public decimal Amount { get; init; }

    public required string Rule { get; init; }

    public LineStatus Status { get; set; }

    public string? Note { get; set; }

    public string? BankReference { get; set; }
}
