using System.Security.Claims;

namespace EduRelief.SharedKernel.Identity;

/// <summary>
/// Who is signed in to a web console circuit. A circuit outlives the request that opened it, so there is no
/// request to read the user from when a page sends a message; the console sets this when the circuit opens and
/// checks it before every event. Without a request and outside a circuit the caller is the system (jobs, outbox
/// delivery); inside a circuit never — a circuit with no valid sign-in is anonymous.
/// </summary>
public sealed class CircuitCaller
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public bool InCircuit { get; private set; }

    public ClaimsPrincipal User { get; private set; } = Anonymous;

    public void Enter(ClaimsPrincipal user)
    {
        InCircuit = true;
        User = user;
    }

    /// <summary>The sign-in ended or was changed: the circuit's next message is anonymous.</summary>
    public void Leave() => User = Anonymous;
}
