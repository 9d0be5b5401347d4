using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.ApproveBatch;

internal sealed record ApproveBatchCommand(Guid BatchId) : IRequest<Unit>, IAudited
{
    public string AuditRecords => $"batch:{BatchId}";
}
