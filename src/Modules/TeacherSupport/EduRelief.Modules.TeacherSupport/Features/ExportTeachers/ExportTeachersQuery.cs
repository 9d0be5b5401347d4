using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.ExportTeachers;

/// <summary>Every teacher of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportTeachersQuery(ListTeachersQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"teachers export: schoolCode={Filter.SchoolCode}, townshipCode={Filter.TownshipCode}, ruralYearsAtLeast={Filter.RuralYearsAtLeast}, name={Filter.Name}";
}
