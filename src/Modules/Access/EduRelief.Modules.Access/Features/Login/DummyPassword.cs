using EduRelief.Modules.Access.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Features.Login;

/// <summary>
/// A hash no password matches, verified for a user name that does not exist, so that such a sign-in costs what a
/// wrong password for a real user costs and the time taken tells nothing. It hashes with the same options as
/// Identity's own (scoped) hasher, held here for the life of the Host.
/// </summary>
internal sealed class DummyPassword(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<AccessUser> _hasher = new(options);

    private static readonly AccessUser Nobody = new();

    private string? _hash;

    public void Verify(string password) =>
        _hasher.VerifyHashedPassword(Nobody, _hash ??= _hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")), password);
}
