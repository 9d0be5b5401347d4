using EduRelief.BuildingBlocks.Inbox;

namespace EduRelief.Tests.Messaging.Support;

internal sealed class SecondReceiver(MessagingDbContext db, TimeProvider time)
    : IdempotentEventHandler<NoteAddedIntegrationEvent, MessagingDbContext>(db, time)
{
    protected override Task HandleOnceAsync(NoteAddedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        Db.Receipts.Add(new Receipt { Handler = nameof(SecondReceiver), EventId = integrationEvent.EventId });
        return Task.CompletedTask;
    }
}
