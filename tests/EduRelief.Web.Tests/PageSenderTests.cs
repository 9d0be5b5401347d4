using System.Security.Claims;
using EduRelief.SharedKernel.Identity;
using EduRelief.Web.Requests;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Web.Tests;

/// <summary>A page's messages each get a scope of their own (a DbContext per message), acting for the circuit's user.</summary>
public sealed class PageSenderTests
{
    [Fact]
    public async Task Each_message_runs_in_a_scope_of_its_own_as_the_circuits_user()
    {
        await using var services = Services();
        await using var circuit = services.CreateAsyncScope();
        var caller = circuit.ServiceProvider.GetRequiredService<CircuitCaller>();
        caller.Enter(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "li.ming")], "cookie")));
        var sender = circuit.ServiceProvider.GetRequiredService<PageSender>();

        var first = await sender.SendAsync(new WhoAmI());
        var second = await sender.SendAsync(new WhoAmI());

        Assert.Equal("li.ming", first.Value!.User);
        Assert.True(first.Value.InCircuit);
        Assert.NotEqual(first.Value.Scope, second.Value!.Scope);
    }

    [Fact]
    public async Task A_circuit_whose_sign_in_ended_sends_as_anonymous_not_as_the_system()
    {
        await using var services = Services();
        await using var circuit = services.CreateAsyncScope();
        var caller = circuit.ServiceProvider.GetRequiredService<CircuitCaller>();
        caller.Enter(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "li.ming")], "cookie")));
        caller.Leave();

        var answer = await circuit.ServiceProvider.GetRequiredService<PageSender>().SendAsync(new WhoAmI());

        Assert.True(answer.Value!.InCircuit);
        Assert.Null(answer.Value.User);
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddScoped<CircuitCaller>();
        services.AddScoped<PageSender>();
        services.AddSingleton<IProblemDescriber, NoProblems>();
        services.AddScoped<IMediator, ScopeMediator>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private sealed record WhoAmI : IRequest<Answer>;

    private sealed record Answer(string? User, bool InCircuit, Guid Scope);

    private sealed class NoProblems : IProblemDescriber
    {
        public PageProblem? Describe(Exception exception) => null;
    }

    /// <summary>Answers with what its own scope knows: which scope it is and whose circuit caller it holds.</summary>
    private sealed class ScopeMediator(CircuitCaller caller) : IMediator
    {
        private readonly Guid _scope = Guid.NewGuid();

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
            Task.FromResult((TResponse)(object)new Answer(caller.User.Identity?.Name, caller.InCircuit, _scope));

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Task.CompletedTask;
    }
}
