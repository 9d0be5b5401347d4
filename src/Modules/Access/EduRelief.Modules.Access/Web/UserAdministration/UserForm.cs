using EduRelief.Modules.Access.Features.CreateUser;
using EduRelief.Modules.Access.Features.Shared;

namespace EduRelief.Modules.Access.Web.UserAdministration;

/// <summary>
/// What the user form holds: each list typed as codes separated by commas or spaces, so the page sends exactly the
/// values typed and the server's rules (known roles, places and modules) answer for them, as they do for the API.
/// </summary>
internal sealed class UserForm
{
    private static readonly char[] Separators = [',', '，', ';', '；', ' ', '、', '\n', '\t'];

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? Roles { get; set; }

    public string? Townships { get; set; }

    public string? Schools { get; set; }

    public string? Modules { get; set; }

    public string? Permissions { get; set; }

    public static UserForm Of(UserResponse user) => new()
    {
        UserName = user.UserName,
        Roles = Joined(user.Roles),
        Townships = Joined(user.Townships),
        Schools = Joined(user.Schools),
        Modules = Joined(user.Modules),
        Permissions = Joined(user.Permissions),
    };

    public CreateUserRequest ToCreateRequest() =>
        new(UserName, Password, Split(Roles), Split(Townships), Split(Schools), Split(Modules), Split(Permissions));

    public UserAccessInput ToAccess() => new()
    {
        Roles = Split(Roles),
        Townships = Split(Townships),
        Schools = Split(Schools),
        Modules = Split(Modules),
        Permissions = Split(Permissions),
    };

    public static string Joined(IEnumerable<string> values) => string.Join(", ", values);

    private static List<string> Split(string? text) => (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
