namespace EduRelief.Modules.Access.Features.Shared;

internal sealed record UserResponse(
    string UserName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Townships,
    IReadOnlyList<string> Schools,
    IReadOnlyList<string> Modules,
    IReadOnlyList<string> Permissions,
    bool LockedOut);
