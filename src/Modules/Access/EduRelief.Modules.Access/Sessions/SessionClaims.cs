namespace EduRelief.Modules.Access.Sessions;

/// <summary>Claims every bearer token, refresh token and cookie carries besides Identity's own (user id, security stamp).</summary>
internal static class SessionClaims
{
    /// <summary>The sign-in the token belongs to (<see cref="Domain.SignInSession.Id"/>).</summary>
    public const string Session = "edurelief:session";

    /// <summary>Which refresh token of the sign-in this is (<see cref="Domain.SignInSession.RefreshTokenId"/>).</summary>
    public const string RefreshToken = "edurelief:refresh";
}
