using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>The school a plan places the child at, as the Registry knows it.</summary>
internal sealed record PlacedSchool(string Code, string TownshipCode, Stage Stage)
{
    public static PlacedSchool Of(SchoolDto school) => new(school.Code, school.TownshipCode, school.Stage);
}
