namespace EduRelief.SharedKernel.Identity;

/// <summary>
/// Who is asking. The Host fills it from the authenticated request; background jobs run as the system.
/// Every module reads the caller from here and nowhere else (ARCHITECTURE.md rule 11).
/// </summary>
public interface ICallerContext
{
    /// <summary>The user name, or <c>system:&lt;job&gt;</c> for background work.</summary>
    string UserName { get; }
}
