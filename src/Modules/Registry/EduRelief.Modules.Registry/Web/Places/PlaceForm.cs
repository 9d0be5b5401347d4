using EduRelief.Modules.Registry.Features.CreateSchool;
using EduRelief.Modules.Registry.Features.CreateTownship;
using EduRelief.Modules.Registry.Features.CreateVillage;

namespace EduRelief.Modules.Registry.Web.Places;

/// <summary>What a place drawer holds; sent as the same commands the API's bodies become.</summary>
internal sealed class PlaceForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? TownshipCode { get; set; }

    public string? Stage { get; set; }

    public string? Location { get; set; }

    public int? Classrooms { get; set; }

    public CreateTownshipCommand ToTownship() => new() { Code = Code?.Trim(), Name = Name?.Trim() };

    public CreateVillageCommand ToVillage() => new() { Code = Code?.Trim(), Name = Name?.Trim(), TownshipCode = TownshipCode };

    public CreateSchoolCommand ToSchool() => new()
    {
        Code = Code?.Trim(), Name = Name?.Trim(), TownshipCode = TownshipCode, Stage = Stage, Location = Location, Classrooms = Classrooms,
    };
}
