using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.DropoutControl.Features.ListCases;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.DropoutControl.Features.ExportCases;

/// <summary>Every case of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportCasesQuery(ListCasesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"dropout cases export: status={Filter.Status}, townshipCode={Filter.TownshipCode}, schoolCode={Filter.SchoolCode}, overdue={Filter.Overdue}";
}
