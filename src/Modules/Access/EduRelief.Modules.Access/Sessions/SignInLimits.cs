namespace EduRelief.Modules.Access.Sessions;

/// <summary>
/// How sign-in is throttled and how fresh the per-request check of a user's access is
/// (<c>EduRelief:Access:SignIn</c>; the defaults suit a county bureau).
/// </summary>
internal sealed class SignInLimits
{
    public const string Section = "EduRelief:Access:SignIn";

    /// <summary>
    /// How long a Host trusts what it last read of a sign-in (the user's security stamp, lock-out, the sign-in's
    /// revocation) before reading it again: the most a change made on another Host takes to be seen here.
    /// </summary>
    public TimeSpan StateCacheFor { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Wrong passwords for one user name (known or not) before each further try must wait.</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>The wait after the first failure beyond the free ones; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between tries for one user name.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A user name's failures are forgotten this long after its last one.</summary>
    public TimeSpan ForgetFailuresAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts from one client address per <see cref="AddressWindow"/>, whatever the names.</summary>
    public int AttemptsPerAddress { get; set; } = 60;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);
}
