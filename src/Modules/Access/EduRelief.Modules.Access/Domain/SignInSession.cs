namespace EduRelief.Modules.Access.Domain;

/// <summary>
/// One sign-in (a password login) and the refresh tokens descended from it. Only the newest refresh token
/// (<see cref="RefreshTokenId"/>) may be spent; spending it moves the session to the next one. Presenting an older
/// one means a token was copied: the whole sign-in is revoked, and every bearer token and cookie of it is refused.
/// </summary>
internal sealed class SignInSession
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public required string RefreshTokenId { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
