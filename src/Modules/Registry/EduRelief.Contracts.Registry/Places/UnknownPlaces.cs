namespace EduRelief.Contracts.Registry;

/// <summary>The codes asked about that name no township, and no school, of the county.</summary>
public sealed record UnknownPlaces(IReadOnlyList<string> TownshipCodes, IReadOnlyList<string> SchoolCodes);
