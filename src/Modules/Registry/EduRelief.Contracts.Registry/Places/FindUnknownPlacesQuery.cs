using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>Which of the given codes are not townships, or not schools, of the county; e.g. to check a user's scope.</summary>
public sealed record FindUnknownPlacesQuery(IReadOnlyList<string> TownshipCodes, IReadOnlyList<string> SchoolCodes)
    : IDirectoryQuery<UnknownPlaces>;
