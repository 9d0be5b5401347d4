using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Web.Requests;

/// <summary>
/// Pages send the module's messages through the same MediatR pipeline as HTTP (authorization, scope, audit,
/// validation); the refusals the HTTP layer turns into problems come back as a <see cref="PageProblem"/>. A fault is
/// rethrown and reaches the console's error boundary.
/// Each message runs in a service scope of its own, as each HTTP request does: a circuit's scope lives as long as the
/// browser tab, its components load at the same time, and a DbContext serves one operation at a time and should not
/// outlive a unit of work. The new scope acts for the circuit's user, never for the system.
/// </summary>
public sealed class PageSender(IServiceScopeFactory scopes, CircuitCaller circuit, IProblemDescriber problems)
{
    public async Task<PageResult<T>> SendAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (circuit.InCircuit)
        {
            scope.ServiceProvider.GetRequiredService<CircuitCaller>().Enter(circuit.User);
        }

        try
        {
            return new PageResult<T>(await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken), null);
        }
        catch (Exception e) when (problems.Describe(e) is { } problem)
        {
            return new PageResult<T>(default, problem);
        }
    }
}
