using System.Collections.Concurrent;
using EduRelief.Contracts.Registry;
using MediatR;

namespace EduRelief.Host.Tests.Platform;

/// <summary>A receiver the tests add to the Host, as another module would listen, to see what the outbox delivers.</summary>
public sealed class RecordedEvents : INotificationHandler<StudentRegisteredIntegrationEvent>, INotificationHandler<StudentCategoriesChangedIntegrationEvent>
{
    public ConcurrentBag<object> Received { get; } = [];

    public Task Handle(StudentRegisteredIntegrationEvent notification, CancellationToken cancellationToken)
    {
        Received.Add(notification);
        return Task.CompletedTask;
    }

    public Task Handle(StudentCategoriesChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        Received.Add(notification);
        return Task.CompletedTask;
    }
}
