using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

internal sealed record GetBatchQuery(Guid BatchId, int Page, int PageSize) : IQuery<BatchResponse>
{
    /// <summary>What an action on a batch answers: the batch as it now stands, with its first page of lines.</summary>
    public static GetBatchQuery FirstPage(Guid batchId) => new(batchId, 1, PageRequest.DefaultPageSize);
}
