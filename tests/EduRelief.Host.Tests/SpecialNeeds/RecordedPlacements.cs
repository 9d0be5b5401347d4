using System.Collections.Concurrent;
using EduRelief.Contracts.SpecialNeeds;
using MediatR;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>A module listening for placements, as Reporting will: every event the outbox delivers.</summary>
public sealed class RecordedPlacements : INotificationHandler<ChildPlacedIntegrationEvent>
{
    public ConcurrentBag<ChildPlacedIntegrationEvent> Received { get; } = [];

    public Task Handle(ChildPlacedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        Received.Add(notification);
        return Task.CompletedTask;
    }
}
