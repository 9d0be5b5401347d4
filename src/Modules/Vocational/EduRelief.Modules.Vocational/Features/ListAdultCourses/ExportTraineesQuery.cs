using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>Every adult trainee of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportTraineesQuery(ListTraineesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"vocational adult trainees export: courseCode={Filter.CourseCode}, year={Filter.Year}, certified={Filter.Certified}";
}
