using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>
/// Each user's recent lookups by national ID that found nothing, in a sliding window. Per Host, like the sign-in
/// throttle: a second Host gives a guesser at most twice the pace.
/// </summary>
public sealed class LookupMisses(IOptions<LookupLimits> options, TimeProvider time)
{
    /// <summary>Past this many users with misses remembered, users whose misses have all expired are forgotten.</summary>
    private const int MaxUsers = 10_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _misses = new(StringComparer.Ordinal);

    /// <summary>Null when the user may look up; otherwise how long until one of their misses expires.</summary>
    public TimeSpan? Admit(string userName)
    {
        if (!_misses.TryGetValue(userName, out var misses))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var window = options.Value.Window;
        lock (misses)
        {
            while (misses.Count > 0 && misses.Peek() <= now - window)
            {
                misses.Dequeue();
            }

            return misses.Count < options.Value.MissesPerUser ? null : misses.Peek() + window - now;
        }
    }

    public void Missed(string userName)
    {
        if (_misses.Count >= MaxUsers)
        {
            Forget(time.GetUtcNow() - options.Value.Window);
        }

        var misses = _misses.GetOrAdd(userName, _ => new Queue<DateTimeOffset>());
        lock (misses)
        {
            misses.Enqueue(time.GetUtcNow());
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var (user, misses) in _misses)
        {
            lock (misses)
            {
                if (misses.Count == 0 || misses.Last() <= before)
                {
                    _misses.TryRemove(user, out _);
                }
            }
        }
    }
}
