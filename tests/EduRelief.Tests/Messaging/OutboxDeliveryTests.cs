using EduRelief.Tests.Messaging.Support;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Tests.Messaging;

public sealed class OutboxDeliveryTests : IAsyncDisposable
{
    private readonly MessagingModule _module = new();

    public ValueTask DisposeAsync() => _module.DisposeAsync();

    [Fact]
    public async Task An_event_committed_with_its_change_is_delivered_once_to_every_receiver()
    {
        await AddNoteAsync("registered", commit: true);

        Assert.Equal(1, await _module.Dispatcher.DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(1, await _module.ReceiptsAsync(nameof(FirstReceiver)));
        Assert.Equal(1, await _module.ReceiptsAsync(nameof(SecondReceiver)));
        Assert.Equal(0, await _module.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)));
    }

    [Fact]
    public async Task An_event_whose_change_was_rolled_back_is_never_delivered()
    {
        await AddNoteAsync("abandoned", commit: false);

        Assert.Equal(0, await _module.Dispatcher.DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(0, await _module.WithDbAsync(db => db.Notes.CountAsync()));
        Assert.Equal(0, await _module.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await _module.ReceiptsAsync(nameof(SecondReceiver)));
    }

    [Fact]
    public async Task Dispatching_the_same_message_again_changes_nothing_for_its_receivers()
    {
        await AddNoteAsync("sent twice", commit: true);
        await _module.Dispatcher.DispatchPendingAsync(CancellationToken.None);

        // As if the process died after delivering but before marking the message processed.
        await _module.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.ProcessedAt, (DateTimeOffset?)null)));
        Assert.Equal(1, await _module.Dispatcher.DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(1, await _module.ReceiptsAsync(nameof(FirstReceiver)));
        Assert.Equal(1, await _module.ReceiptsAsync(nameof(SecondReceiver)));
    }

    [Fact]
    public async Task A_failing_receiver_does_not_stop_the_others_and_is_retried_alone()
    {
        _module.Switch.FirstFails = true;
        await AddNoteAsync("one receiver down", commit: true);

        Assert.Equal(0, await _module.Dispatcher.DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(0, await _module.ReceiptsAsync(nameof(FirstReceiver)));
        Assert.Equal(1, await _module.ReceiptsAsync(nameof(SecondReceiver)));
        var failed = await _module.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("the first receiver is down", failed.LastError, StringComparison.Ordinal);

        _module.Switch.FirstFails = false;
        Assert.Equal(1, await _module.Dispatcher.DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(1, await _module.ReceiptsAsync(nameof(FirstReceiver)));
        Assert.Equal(1, await _module.ReceiptsAsync(nameof(SecondReceiver)));
    }

    private Task<int> AddNoteAsync(string text, bool commit) => _module.WithDbAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Notes.Add(new Note { Text = text });
        var now = TimeProvider.System.GetUtcNow();
        db.AddToOutbox(new NoteAddedIntegrationEvent { EventId = Guid.NewGuid(), OccurredAt = now, Text = text }, now);
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return 0;
    });
}
