namespace EduRelief.Web.Navigation;

/// <summary>Where to send the user back after signing in or switching language: only a path of this site, never a link elsewhere.</summary>
public static class LocalReturnPath
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
