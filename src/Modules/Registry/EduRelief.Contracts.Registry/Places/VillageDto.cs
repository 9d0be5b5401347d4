namespace EduRelief.Contracts.Registry;

/// <summary>村 — a village and the township it belongs to.</summary>
public sealed record VillageDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string TownshipCode { get; init; }
}
