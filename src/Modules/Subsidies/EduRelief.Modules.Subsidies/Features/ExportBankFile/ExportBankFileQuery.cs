using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

/// <summary>The bank file carries full national IDs and account numbers, so every export is audited. Answers the lines written.</summary>
internal sealed record ExportBankFileQuery(Guid BatchId, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"batch:{BatchId}";
}
