using MediatR;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

internal sealed record GetBatchQuery(Guid BatchId, int Page, int PageSize) : IRequest<BatchResponse>;
