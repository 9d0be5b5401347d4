using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportBuildings;

/// <summary>Every building of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportBuildingsQuery(ListBuildingsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"buildings export: schoolCode={Filter.SchoolCode}, townshipCode={Filter.TownshipCode}, grade={Filter.Grade}, dList={Filter.DList}, overdue={Filter.Overdue}";
}
