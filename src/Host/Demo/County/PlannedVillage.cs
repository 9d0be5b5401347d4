namespace EduRelief.Host.Demo.County;

/// <summary>A village (村), or in the county town a residents' community (社区).</summary>
internal sealed record PlannedVillage(string Code, string Name, string TownshipCode);
