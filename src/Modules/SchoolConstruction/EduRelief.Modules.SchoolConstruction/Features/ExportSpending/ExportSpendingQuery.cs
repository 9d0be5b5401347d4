using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Features.ListSpending;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportSpending;

/// <summary>Every spending record of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportSpendingQuery(ListSpendingQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"spending export: year={Filter.Year}, projectCode={Filter.ProjectCode}";
}
