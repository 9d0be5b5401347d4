using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>Every adult course of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportAdultCoursesQuery(ListAdultCoursesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"vocational adult courses export: townshipCode={Filter.TownshipCode}, year={Filter.Year}";
}
