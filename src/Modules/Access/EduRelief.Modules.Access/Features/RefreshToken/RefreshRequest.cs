namespace EduRelief.Modules.Access.Features.RefreshToken;

internal sealed record RefreshRequest(string? RefreshToken);
