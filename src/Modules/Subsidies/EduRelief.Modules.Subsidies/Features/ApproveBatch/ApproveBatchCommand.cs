using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.ApproveBatch;

internal sealed record ApproveBatchCommand(Guid BatchId) : ICommand<Unit>, IAudited
{
    public string AuditRecords => $"batch:{BatchId}";
}
