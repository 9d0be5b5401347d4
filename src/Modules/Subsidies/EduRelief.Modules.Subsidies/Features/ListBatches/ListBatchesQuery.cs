using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Subsidies.Features.ListBatches;

internal sealed record ListBatchesQuery(string? ProgrammeCode, string? Term, int? Year, string? Status, int Page, int PageSize)
    : IQuery<PagedResult<BatchSummaryResponse>>;
