using EduRelief.Modules.Access.Features.Shared;

namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed record CreateUserRequest(
    string? UserName,
    string? Password,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Townships,
    IReadOnlyList<string>? Schools,
    IReadOnlyList<string>? Modules,
    IReadOnlyList<string>? Permissions)
{
    /// <summary>The command the endpoint and the console's form send: the name trimmed, the rest as given.</summary>
    public CreateUserCommand ToCommand() => new()
    {
        UserName = UserName?.Trim(),
        Password = Password,
        Access = new UserAccessInput { Roles = Roles, Townships = Townships, Schools = Schools, Modules = Modules, Permissions = Permissions },
    };
}
