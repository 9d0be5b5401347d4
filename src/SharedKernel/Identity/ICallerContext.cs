namespace EduRelief.SharedKernel.Identity;

/// <summary>
/// Who is asking, what they may do and which townships and schools they may see. The Host fills it from the
/// authenticated request; background work (jobs, outbox delivery) runs as the system, which may do everything.
/// Every module reads the caller from here and nowhere else (ARCHITECTURE.md rule 11).
/// </summary>
public interface ICallerContext
{
    /// <summary>The user name, <c>system</c> for background work, <c>anonymous</c> before login.</summary>
    string UserName { get; }

    bool IsAuthenticated { get; }

    IReadOnlySet<string> Roles { get; }

    /// <summary>The townships and schools whose records the caller may see.</summary>
    DataScope Scope { get; }

    /// <summary>Whether national IDs may be shown in full (otherwise <c>520102********1234</c>).</summary>
    bool CanSeeFullNationalIds { get; }

    /// <summary>
    /// Holds the permission (<see cref="EduReliefClaims.Permissions"/>), granted or by role: county officers hold
    /// every permission, the system too.
    /// </summary>
    bool Has(string permission);

    /// <summary>Reads data owned by <paramref name="module"/> (within <see cref="Scope"/>).</summary>
    bool CanRead(string module);

    /// <summary>Changes data owned by <paramref name="module"/> (within <see cref="Scope"/>).</summary>
    bool CanWrite(string module);
}
