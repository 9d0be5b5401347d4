using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

/// <summary>Every score of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportRiskQuery(ListRiskQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"dropout risk export: schoolCode={Filter.SchoolCode}, townshipCode={Filter.TownshipCode}, signal={Filter.Signal}";
}
