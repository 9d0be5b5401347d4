namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

internal enum ChildListColumn
{
    NationalId,
    Name,
    TownshipCode,
    VillageCode,
    DisabilityCategory,
    DisabilityGrade,
    Guardian,
    Source,
}
