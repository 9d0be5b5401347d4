using System.Security.Claims;

namespace EduRelief.Modules.Access.Sessions;

internal static class SessionSignIn
{
    /// <summary>The claims that tie a new token pair (or cookie) to its sign-in and name its refresh token.</summary>
    public static Claim[] Claims(string sessionId, string refreshTokenId) =>
        [new Claim(SessionClaims.Session, sessionId), new Claim(SessionClaims.RefreshToken, refreshTokenId)];
}
