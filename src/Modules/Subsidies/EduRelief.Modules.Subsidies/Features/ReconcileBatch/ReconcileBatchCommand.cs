using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>The bank's result file for a batch (CSV or XLSX): <c>national_id,amount,status,reference[,reason]</c>.</summary>
internal sealed record ReconcileBatchCommand(Guid BatchId, UploadedFile File) : ICommand<ReconcileResult>, IAudited
{
    public string AuditRecords => $"batch:{BatchId} bank result";
}
