namespace EduRelief.Modules.Access.Bootstrap;

/// <summary>
/// The first administrator, from configuration or the environment
/// (<c>EduRelief__Bootstrap__AdminUser</c>, <c>EduRelief__Bootstrap__AdminPassword</c>). No password is built in.
/// </summary>
internal sealed class BootstrapOptions
{
    public const string Section = "EduRelief:Bootstrap";

    public string? AdminUser { get; set; }

    public string? AdminPassword { get; set; }
}
