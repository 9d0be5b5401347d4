namespace EduRelief.Host.Security;

internal sealed class CrossSiteWriteOptions
{
    public const string Section = "EduRelief:Http";

    /// <summary>
    /// Origins other than the Host's own (<c>https://console.county.example</c>) whose pages may send writes carried by
    /// the sign-in cookie, e.g. a web console served from another host name.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
