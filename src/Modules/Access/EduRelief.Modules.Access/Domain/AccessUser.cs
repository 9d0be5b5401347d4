using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Domain;

/// <summary>A person who signs in: the bureau's staff, township and school staff, auditors, county IT.</summary>
internal sealed class AccessUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;
}
