using EduRelief.BuildingBlocks.Inbox;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>A receiver that can be told to fail, to show one failing handler does not stop the others.</summary>
internal sealed class FirstReceiver(MessagingDbContext db, TimeProvider time, ReceiverSwitch receiverSwitch)
    : IdempotentEventHandler<NoteAddedIntegrationEvent, MessagingDbContext>(db, time)
{
    protected override Task HandleOnceAsync(NoteAddedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (receiverSwitch.FirstFails)
        {
            throw new InvalidOperationException("the first receiver is down");
        }

        Db.Receipts.Add(new Receipt { Handler = nameof(FirstReceiver), EventId = integrationEvent.EventId });
        return Task.CompletedTask;
    }
}
