namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed record CreateUserRequest(
    string? UserName,
    string? Password,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Townships,
    IReadOnlyList<string>? Schools,
    IReadOnlyList<string>? Modules,
    IReadOnlyList<string>? Permissions);
