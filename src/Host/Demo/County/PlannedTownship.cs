namespace EduRelief.Host.Demo.County;

/// <summary>A township (乡镇) of the demo county; the first is the county town (城关镇).</summary>
internal sealed record PlannedTownship(string Code, string Name, bool CountyTown);
