using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>
/// A child on the register, with the age on 1 September of the school year under way and whether it is school age
/// then; never the birth date (it would unmask a masked national ID).
/// </summary>
internal sealed record ChildResponse(
    Guid Id,
    string NationalId,
    string Name,
    int Age,
    bool SchoolAge,
    string TownshipCode,
    string? VillageCode,
    DisabilityCategory DisabilityCategory,
    int DisabilityGrade,
    string Guardian,
    string Source,
    DateOnly RegisteredOn,
    string? SchoolCode)
{
    public static ChildResponse Of(DisabledChild c, DateOnly today, ICallerContext caller)
    {
        var schoolYear = Domain.SchoolAge.SchoolYearOf(today);
        return new(
            c.Id, caller.Shown(c.NationalId), c.Name, Domain.SchoolAge.AgeInSchoolYear(c.BirthDate, schoolYear), Domain.SchoolAge.IsSchoolAge(c.BirthDate, schoolYear),
            c.TownshipCode, c.VillageCode, c.Category, c.Grade, c.Guardian, c.Source, c.RegisteredOn, c.SchoolCode);
    }
}
