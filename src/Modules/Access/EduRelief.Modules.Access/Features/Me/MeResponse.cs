namespace EduRelief.Modules.Access.Features.Me;

internal sealed record MeResponse(
    string UserName,
    IReadOnlyList<string> Roles,
    bool AllTownships,
    IReadOnlyList<string> Townships,
    IReadOnlyList<string> Schools,
    bool CanSeeFullNationalIds);
