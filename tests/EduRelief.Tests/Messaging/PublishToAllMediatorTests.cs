using EduRelief.BuildingBlocks.Messaging;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Tests.Messaging;

public sealed class PublishToAllMediatorTests
{
    [Fact]
    public async Task Every_handler_runs_and_every_failure_is_reported()
    {
        var log = new List<string>();
        var services = new ServiceCollection();
        services.AddSingleton(log);
        services.AddEduReliefMessaging([typeof(PublishToAllMediatorTests).Assembly]);
        services.AddLogging();
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var error = await Assert.ThrowsAsync<AggregateException>(() => mediator.Publish(new Ping()));

        Assert.Equal(2, error.InnerExceptions.Count);
        Assert.Contains("second", log);
    }

    public sealed record Ping : INotification;

    internal sealed class FirstFailingHandler : INotificationHandler<Ping>
    {
        public Task Handle(Ping notification, CancellationToken cancellationToken) => throw new InvalidOperationException("first");
    }

    internal sealed class SecondHandler(List<string> log) : INotificationHandler<Ping>
    {
        public Task Handle(Ping notification, CancellationToken cancellationToken)
        {
            log.Add("second");
            return Task.CompletedTask;
        }
    }

    internal sealed class ThirdFailingHandler : INotificationHandler<Ping>
    {
        public Task Handle(Ping notification, CancellationToken cancellationToken) => Task.FromException(new InvalidOperationException("third"));
    }
}
