using MediatR;

namespace EduRelief.SharedKernel.Messaging;

/// <summary>
/// Something that happened in one module that others may react to. Stored in the publishing module's outbox
/// with the change it reports; <see cref="EventId"/> lets every receiver ignore a repeat.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
