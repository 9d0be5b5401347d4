using EduRelief.BuildingBlocks.Persistence;
using EduRelief.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.BuildingBlocks.Inbox;

/// <summary>
/// Base for a receiver of another module's integration event. The receiver's change and the inbox record
/// commit together, so an event delivered twice is handled once.
/// </summary>
public abstract class IdempotentEventHandler<TEvent, TContext>(TContext db, TimeProvider time) : INotificationHandler<TEvent>
    where TEvent : IIntegrationEvent
    where TContext : DbContext, IOutboxDbContext
{
    protected TContext Db { get; } = db;

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var handler = GetType().FullName!;
        if (await Db.InboxMessages.AnyAsync(i => i.MessageId == notification.EventId && i.Handler == handler, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await HandleOnceAsync(notification, cancellationToken).ConfigureAwait(false);
        Db.InboxMessages.Add(new InboxMessage { MessageId = notification.EventId, Handler = handler, HandledAt = time.GetUtcNow() });
        await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes the change; do not save, the base class saves it with the inbox record.</summary>
    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
