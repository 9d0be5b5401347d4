using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Features.ListBatches;

/// <summary>A batch without its lines; <see cref="Lines"/> and <see cref="TotalAmount"/> count the lines in the caller's scope.</summary>
internal sealed record BatchSummaryResponse(
    Guid Id,
    ProgrammeCode ProgrammeCode,
    string Term,
    string Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    int Lines,
    decimal TotalAmount);
