using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

internal sealed record BatchResponse(
    Guid Id,
    ProgrammeCode ProgrammeCode,
    string Term,
    string Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    decimal TotalAmount,
    IReadOnlyDictionary<string, int> LinesByStatus,
    PagedResult<BatchLineResponse> Lines);
