using EduRelief.Modules.SpecialNeeds.Domain;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

/// <summary>A disabled child of compulsory school age in the year, with the placement in force on the counting day.</summary>
internal sealed record SchoolAgeChild(Guid Id, string NationalId, string Name, string TownshipCode, PlacementMode? Mode)
{
    public bool Placed => Mode is { } mode && mode.IsSchoolMode();
}
