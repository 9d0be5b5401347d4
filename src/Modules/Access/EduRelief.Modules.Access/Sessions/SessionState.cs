namespace EduRelief.Modules.Access.Sessions;

/// <summary>What the per-request check needs of a sign-in and its user, read in one indexed lookup.</summary>
internal sealed record SessionState(string UserId, string? SecurityStamp, DateTimeOffset? LockoutEnd, bool Revoked);
