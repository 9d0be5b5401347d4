using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Identity;
using EduRelief.Modules.SpecialNeeds.Features.Shared;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

internal sealed record MismatchResponse(
    MismatchKind Kind, string NationalId, string Name, string TownshipCode, string? SchoolCode, Guid? ChildId, Guid? StudentId, DisabilityDto? Register, DisabilityDto? Registry)
{
    public static MismatchResponse Of(Mismatch m, ICallerContext caller) =>
        new(m.Kind, caller.Shown(m.NationalId), m.Name, m.TownshipCode, m.SchoolCode, m.ChildId, m.StudentId, m.Register, m.Registry);
}
