using EduRelief.Modules.Access.Domain;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// A hash no password matches, verified for a user name that does not exist, so that such a sign-in costs what a
/// wrong password for a real user costs and the time taken tells nothing.
/// </summary>
internal sealed class DummyPassword(IPasswordHasher<AccessUser> hasher)
{
    private static readonly AccessUser Nobody = new();

    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
