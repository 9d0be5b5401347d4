using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>
/// A term's payments of one programme, computed from the registry, approved by a second person, paid through the bank.
/// Its lines (up to the whole county) are read and written by query, never loaded with it.
/// </summary>
internal sealed class Batch
{
    public Guid Id { get; init; }

    public ProgrammeCode Programme { get; init; }

    /// <summary><c>YYYY-1</c> or <c>YYYY-2</c>.</summary>
    public required string Term { get; init; }

    public int Year { get; init; }

    public BatchStatus Status { get; set; }

    public long RateId { get; set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ComputedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public int Version { get; set; }
}
