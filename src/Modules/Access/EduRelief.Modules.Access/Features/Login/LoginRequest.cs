namespace EduRelief.Modules.Access.Features.Login;

internal sealed record LoginRequest(string? UserName, string? Password);
