using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>Owners on both lines as a request names them; a role left blank is not named.</summary>
internal sealed record OwnersInput
{
    public GovernmentOwners? Government { get; init; }

    public EducationOwners? Education { get; init; }

    public string? Of(OwnerRole role) => role switch
    {
        OwnerRole.County => Government?.County,
        OwnerRole.Township => Government?.Township,
        OwnerRole.Village => Government?.Village,
        OwnerRole.Bureau => Education?.Bureau,
        OwnerRole.School => Education?.School,
        _ => Education?.ClassTeacher,
    };

    /// <summary>The roles named, each name trimmed.</summary>
    public IReadOnlyDictionary<OwnerRole, string> Named() =>
        OwnerRoles.All.Where(r => !string.IsNullOrWhiteSpace(Of(r))).ToDictionary(r => r, r => Of(r)!.Trim());
}
