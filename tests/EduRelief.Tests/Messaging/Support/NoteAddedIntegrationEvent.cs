using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Tests.Messaging.Support;

public sealed record NoteAddedIntegrationEvent : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string Text { get; init; }
}
