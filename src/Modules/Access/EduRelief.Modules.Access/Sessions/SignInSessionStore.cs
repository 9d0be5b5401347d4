using EduRelief.Modules.Access.Data;
using EduRelief.Modules.Access.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Sessions;

/// <summary>Starts, rotates and revokes sign-ins in Access' database; shared by every Host.</summary>
internal sealed class SignInSessionStore(AccessDbContext db, SessionStates states, TimeProvider time)
{
    public async Task<SignInSession> StartAsync(string userId, CancellationToken cancellationToken)
    {
        var session = new SignInSession
        {
            Id = NewId(),
            UserId = userId,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            RefreshTokenId = NewId(),
        };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>
    /// Spends the refresh token <paramref name="presented"/> of the sign-in: answers the next token's id, or null when
    /// it is not the sign-in's newest (already spent) or the sign-in is revoked or unknown. One conditional update,
    /// so of two Hosts spending the same token at once exactly one succeeds.
    /// </summary>
    public async Task<string?> RotateAsync(string sessionId, string presented, CancellationToken cancellationToken)
    {
        var next = NewId();
        var rotated = await db.SignInSessions
            .Where(s => s.Id == sessionId && s.RefreshTokenId == presented && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RefreshTokenId, next), cancellationToken);
        return rotated == 1 ? next : null;
    }

    /// <summary>Ends the sign-in: none of its tokens or cookies is accepted again. Answers whether it was live.</summary>
    public async Task<bool> RevokeAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var revoked = await db.SignInSessions
            .Where(s => s.Id == sessionId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAtUtc, now), cancellationToken);
        states.ForgetSession(sessionId);
        return revoked == 1;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
