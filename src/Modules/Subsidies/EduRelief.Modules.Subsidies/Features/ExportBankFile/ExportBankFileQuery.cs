using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

/// <summary>The bank file carries full national IDs, so every export is audited.</summary>
internal sealed record ExportBankFileQuery(Guid BatchId) : IQuery<string>, IAudited
{
    public string AuditRecords => $"batch:{BatchId}";
}
