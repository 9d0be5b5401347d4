namespace EduRelief.Modules.Access.Features.Login;

/// <summary>How a sign-in attempt ended: signed in, refused (one answer for every reason), or throttled for a while.</summary>
internal sealed record SignInOutcome(bool SignedIn, TimeSpan? RetryAfter)
{
    public static readonly SignInOutcome Success = new(true, null);

    public static readonly SignInOutcome Refused = new(false, null);

    public static SignInOutcome Throttled(TimeSpan wait) => new(false, wait);
}
