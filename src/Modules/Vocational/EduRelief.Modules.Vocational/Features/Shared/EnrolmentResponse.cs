using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>An enrolment with the student's national ID as the caller may see it and the poor-household history.</summary>
internal sealed record EnrolmentResponse(
    Guid Id,
    Guid StudentId,
    string NationalId,
    string Name,
    string SpecialtyCode,
    string SchoolCode,
    string TownshipCode,
    DateOnly EnrolledOn,
    bool PoorHousehold,
    string? OrderClassCode,
    string? OrderEmployer,
    DateOnly? GraduatedOn,
    GraduateOutcome? GraduationOutcome,
    DateOnly? FollowUpDueOn,
    DateOnly? FollowUpOn,
    GraduateOutcome? FollowUpOutcome,
    GraduateOutcome? Outcome,
    string? Employer,
    bool Active,
    IReadOnlyList<PoorHouseholdEntryResponse> PoorHouseholdHistory)
{
    public static EnrolmentResponse Of(Enrolment e, ICallerContext caller) => new(
        e.Id, e.StudentId, caller.Shown(e.NationalId), e.Name, e.SpecialtyCode, e.SchoolCode, e.TownshipCode, e.EnrolledOn, e.PoorHousehold,
        e.OrderClassCode, e.OrderEmployer, e.GraduatedOn, e.GraduationOutcome, e.FollowUpDueOn, e.FollowUpOn, e.FollowUpOutcome, e.Outcome, e.Employer,
        !e.Graduated,
        e.Changes.OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id).Select(c => new PoorHouseholdEntryResponse(c.EffectiveOn, c.Poor, c.Source)).ToList());
}
