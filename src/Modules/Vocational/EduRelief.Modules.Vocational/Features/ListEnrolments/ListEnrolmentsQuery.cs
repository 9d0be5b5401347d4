using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

/// <summary>
/// Enrolments by student, specialty, school, order-based class; <see cref="EnrolledIn"/> with <see cref="Poor"/> = true
/// lists the records behind <c>poorEnrolments</c>; <see cref="GraduatedIn"/> those behind <c>graduates</c>, and with
/// <see cref="Employed"/> = true those behind <c>employed</c>, with <see cref="Outcome"/> those of one outcome (behind
/// <c>employedByOrderingEmployer</c>) and with <see cref="HasOutcome"/> = true those behind <c>graduatesWithOutcome</c>.
/// </summary>
internal sealed record ListEnrolmentsQuery(
    string? NationalId, string? SpecialtyCode, string? SchoolCode, string? OrderClassCode, int? EnrolledIn, bool? Poor, int? GraduatedIn, bool? Employed, bool? Active,
    int Page, int PageSize) : IQuery<PagedResult<EnrolmentResponse>>
{
    /// <summary>The last recorded outcome, by its code (<c>EmployedByOrderingEmployer</c>, …).</summary>
    public string? Outcome { get; init; }

    public bool? HasOutcome { get; init; }
}
