using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Features.ListFacilities;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportFacilities;

/// <summary>Every ledger row of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportFacilitiesQuery(ListFacilitiesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"facilities export: townshipCode={Filter.TownshipCode}, noEquipment={Filter.NoEquipment}, dGrade={Filter.DGrade}";
}
