namespace EduRelief.Modules.Registry.Features.CreateVillage;

internal sealed record VillageResponse(Guid Id, string Code, string Name, string TownshipCode);
