namespace EduRelief.Host.Demo.County;

/// <summary>The disabled children's placements and the left-behind children homes.</summary>
internal sealed record SpecialNeedsPlan(IReadOnlyList<PlannedPlacement> Placements, IReadOnlyList<PlannedHome> Homes);
