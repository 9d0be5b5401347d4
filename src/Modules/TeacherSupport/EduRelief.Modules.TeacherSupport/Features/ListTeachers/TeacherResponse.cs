using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

/// <summary>A teacher with the years of rural service as of today and the service history; the national ID masked for a caller who may not see it in full.</summary>
internal sealed record TeacherResponse(
    Guid Id,
    string NationalId,
    string Name,
    string SchoolCode,
    string TownshipCode,
    SchoolLocation Location,
    string Subject,
    string? Title,
    DateOnly HiredOn,
    Staffing Staffing,
    bool SpecialPost,
    int RuralYears,
    DateOnly? LeftOn,
    LeavingReason? LeavingReason,
    IReadOnlyList<PostingResponse> History)
{
    public static TeacherResponse Of(Teacher t, DateOnly today, ICallerContext caller) => new(
        t.Id, caller.CanSeeFullNationalIds ? t.NationalId : SharedKernel.Primitives.NationalId.Mask(t.NationalId), t.Name, t.SchoolCode, t.TownshipCode,
        t.Location, t.Subject, t.Title, t.HiredOn, t.Staffing, t.SpecialPost, t.RuralYears(today), t.LeftOn, t.LeavingReason,
        t.Postings.OrderBy(p => p.StartsOn).Select(p => new PostingResponse(p.SchoolCode, p.TownshipCode, p.Location, p.StartsOn, p.EndsOn)).ToList());
}
