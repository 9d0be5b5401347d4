using EduRelief.Modules.Vocational.Domain;

namespace EduRelief.Modules.Vocational.Features.Shared;

internal sealed record SpecialtyResponse(Guid Id, string Code, string Name, string SchoolCode, string TownshipCode)
{
    public static SpecialtyResponse Of(Specialty s) => new(s.Id, s.Code, s.Name, s.SchoolCode, s.TownshipCode);
}
