using System.Collections.Concurrent;
using EduRelief.Modules.Access.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Sessions;

/// <summary>
/// A Host's short memory of sign-ins (<see cref="SignInLimits.StateCacheFor"/>, a second by default), so that the
/// per-request check reads the database about once a second per sign-in, not once per request. Changes made on
/// this Host are forgotten at once; another Host's changes are seen when the entry runs out.
/// </summary>
internal sealed class SessionStates(IServiceScopeFactory scopes, TimeProvider time, IOptions<SignInLimits> options)
{
    /// <summary>Past this many remembered sign-ins the memory starts again (a bound, not a working size).</summary>
    private const int MaxEntries = 100_000;

    private static readonly Func<AccessDbContext, string, CancellationToken, Task<SessionState?>> Read = EF.CompileAsyncQuery(
        (AccessDbContext db, string sessionId, CancellationToken _) => db.SignInSessions
            .Where(s => s.Id == sessionId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new SessionState(u.Id, u.SecurityStamp, u.LockoutEnd, s.RevokedAtUtc != null))
            .FirstOrDefault());

    private readonly ConcurrentDictionary<string, (SessionState? State, long ReadAt)> _entries = new(StringComparer.Ordinal);

    public async ValueTask<SessionState?> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_entries.TryGetValue(sessionId, out var entry) && time.GetElapsedTime(entry.ReadAt, now) < options.Value.StateCacheFor)
        {
            return entry.State;
        }

        await using var scope = scopes.CreateAsyncScope();
        var state = await Read(scope.ServiceProvider.GetRequiredService<AccessDbContext>(), sessionId, cancellationToken);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[sessionId] = (state, now);
        return state;
    }

    public void ForgetSession(string sessionId) => _entries.TryRemove(sessionId, out _);

    /// <summary>After a change to the user's access on this Host: their next request reads it again.</summary>
    public void ForgetUser(string userId)
    {
        foreach (var (sessionId, entry) in _entries)
        {
            if (entry.State?.UserId == userId)
            {
                _entries.TryRemove(sessionId, out _);
            }
        }
    }
}
