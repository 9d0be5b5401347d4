using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Vocational.Features.Shared;

internal sealed record InternshipResponse(Guid Id, Guid EnrolmentId, string NationalId, string Name, string SchoolCode, string TownshipCode, string Base, DateOnly StartsOn, DateOnly EndsOn)
{
    public static InternshipResponse Of(Internship i, ICallerContext caller) =>
        new(i.Id, i.EnrolmentId, caller.Shown(i.NationalId), i.Name, i.SchoolCode, i.TownshipCode, i.Base, i.StartsOn, i.EndsOn);
}
