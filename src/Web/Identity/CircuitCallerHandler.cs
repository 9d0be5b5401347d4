using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EduRelief.Web.Identity;

/// <summary>
/// Gives a circuit its caller: the user the circuit was opened with, checked again before every event the browser
/// sends (a click is a request), so a change to the user's access, a lock-out or a sign-out elsewhere takes effect
/// at the next click exactly as at the next HTTP request (ADR 10, ADR 18). From then on the circuit is anonymous —
/// every message it sends is refused — and the browser is sent to the sign-in page.
/// </summary>
internal sealed class CircuitCallerHandler(
    CircuitCaller caller, AuthenticationStateProvider authentication, NavigationManager navigation, ISignInCheck? signIns = null) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        caller.Enter(state.User);
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (caller.User.Identity?.IsAuthenticated == true && signIns is not null && !await signIns.IsValidAsync(caller.User, CancellationToken.None))
            {
                caller.Leave();
                navigation.NavigateTo("login?returnUrl=" + Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri)), forceLoad: true);
            }

            await next(context);
        };
}
