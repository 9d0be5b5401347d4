using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.RebuildBatch;

internal sealed record RebuildBatchCommand(Guid BatchId) : ICommand<Unit>, IAudited
{
    public string AuditRecords => $"batch:{BatchId}";
}
