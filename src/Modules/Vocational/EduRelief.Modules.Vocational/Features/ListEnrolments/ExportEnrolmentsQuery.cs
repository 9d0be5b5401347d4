using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

/// <summary>Every enrolment of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportEnrolmentsQuery(ListEnrolmentsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"vocational enrolments export: specialtyCode={Filter.SpecialtyCode}, schoolCode={Filter.SchoolCode}, orderClassCode={Filter.OrderClassCode}, enrolledIn={Filter.EnrolledIn}, poor={Filter.Poor}, graduatedIn={Filter.GraduatedIn}, employed={Filter.Employed}, outcome={Filter.Outcome}, hasOutcome={Filter.HasOutcome}, active={Filter.Active}";
}
