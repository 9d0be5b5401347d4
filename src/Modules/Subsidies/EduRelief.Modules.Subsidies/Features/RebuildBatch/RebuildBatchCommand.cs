using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.RebuildBatch;

internal sealed record RebuildBatchCommand(Guid BatchId) : IRequest<Unit>, IAudited
{
    public string AuditRecords => $"batch:{BatchId}";
}
