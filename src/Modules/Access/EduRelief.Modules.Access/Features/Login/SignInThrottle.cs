using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using EduRelief.Modules.Access.Auditing;
using EduRelief.Modules.Access.Sessions;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// Slows password guessing without handing anyone a way to lock a colleague out: each client address gets so many
/// attempts a minute (ASP.NET Core's sliding-window rate limiter), and each typed user name — known or not, so the
/// answers tell nothing — gets a few free failures, then waits that double with every further failure up to a
/// ceiling. A success clears the name's failures. Per Host: a second Host gives a guesser at most twice the pace.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    /// <summary>Past this many remembered names the oldest knowledge is dropped (a bound against name-spraying).</summary>
    private const int MaxNames = 100_000;

    private readonly SignInLimits _options;
    private readonly TimeProvider _time;
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly ConcurrentDictionary<string, Failures> _names = new(StringComparer.Ordinal);

    public SignInThrottle(IOptions<SignInLimits> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _addresses = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = _options.AttemptsPerAddress,
            Window = _options.AddressWindow,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the attempt may go ahead; otherwise how long the caller must wait.</summary>
    public TimeSpan? Admit(string address, string userName)
    {
        using var lease = _addresses.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _options.AddressWindow;
        }

        if (!_names.TryGetValue(Key(userName), out var failures))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var wait = failures.NextAllowedAt(_options) - now;
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string userName)
    {
        if (_names.Count >= MaxNames)
        {
            Prune();
        }

        var now = _time.GetUtcNow();
        _names.AddOrUpdate(
            Key(userName),
            _ => new Failures(1, now),
            (_, old) => now - old.LastAt > _options.ForgetFailuresAfter ? new Failures(1, now) : new Failures(old.Count + 1, now));
    }

    public void Succeeded(string userName) => _names.TryRemove(Key(userName), out _);

    public void Dispose() => _addresses.Dispose();

    private void Prune()
    {
        var now = _time.GetUtcNow();
        foreach (var (name, failures) in _names)
        {
            if (now - failures.LastAt > _options.ForgetFailuresAfter)
            {
                _names.TryRemove(name, out _);
            }
        }

        if (_names.Count >= MaxNames)
        {
            _names.Clear();
        }
    }

    /// <summary>No account name is longer than the log keeps of one: a longer typed name cannot grow the memory.</summary>
    private static string Key(string userName) =>
        (userName.Length > AuditText.MaxUserName ? userName[..AuditText.MaxUserName] : userName).ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset LastAt)
    {
        public DateTimeOffset NextAllowedAt(SignInLimits options)
        {
            var beyond = Count - options.FreeFailuresPerAccount;
            if (beyond < 0)
            {
                return DateTimeOffset.MinValue;
            }

            var delay = options.FirstDelay * Math.Pow(2, Math.Min(beyond, 30));
            return LastAt + (delay < options.MaxDelay ? delay : options.MaxDelay);
        }
    }
}
