using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

/// <summary>Every order-based class of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportOrderClassesQuery(ListOrderClassesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"vocational order classes export: year={Filter.Year}, specialtyCode={Filter.SpecialtyCode}";
}
