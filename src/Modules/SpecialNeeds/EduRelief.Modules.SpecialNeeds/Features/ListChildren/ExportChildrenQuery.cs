using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

/// <summary>Every child of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportChildrenQuery(ListChildrenQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"disabled children export: townshipCode={Filter.TownshipCode}, villageCode={Filter.VillageCode}, category={Filter.Category}, grade={Filter.Grade}, schoolAgeIn={Filter.SchoolAgeIn}, placement={Filter.Placement}";
}
