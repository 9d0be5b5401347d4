namespace EduRelief.Host.Demo.County;

/// <summary>An urban school paired with a rural one (城乡教育共同体), and what they did together in the year.</summary>
internal sealed record PlannedPairing(PlannedSchool Urban, PlannedSchool Rural, DateOnly Since, IReadOnlyList<PlannedPairingActivity> Activities);
