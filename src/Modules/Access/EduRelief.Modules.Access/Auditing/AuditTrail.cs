using System.Threading.Channels;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Access.Data;
using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduRelief.Modules.Access.Auditing;

/// <summary>
/// Appends to the audit log with group commit. Every entry goes to one writer (a bounded queue) that stores whatever
/// has queued meanwhile in a single transaction of its own — apart from the caller's unit of work, so a failed command
/// still leaves its trace — and <see cref="RecordAsync"/> returns only once that transaction has committed: when it
/// returns, the entry is durable; when the commit fails, it throws (a batch that fails is retried entry by entry, so
/// one bad entry fails only its own request). Under load many requests share one commit instead of queueing for the
/// database's write lock one by one; alone, an entry is written at once, as before.
/// On stop, after the server and the background jobs have stopped (<see cref="StoppedAsync"/>), the queue is closed
/// and drained: nothing queued is dropped, and an entry offered after that is refused with an exception.
/// </summary>
internal sealed partial class AuditTrail : IAuditTrail, IHostedLifecycleService, IAsyncDisposable
{
    /// <summary>Entries waiting for the writer before callers wait to queue (back-pressure, not loss).</summary>
    private const int Capacity = 10_000;

    /// <summary>The most entries one transaction holds.</summary>
    private const int MaxBatch = 500;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditTrail> _logger;
    private readonly Channel<PendingEntry> _queue = Channel.CreateBounded<PendingEntry>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Task _writer;

    public AuditTrail(IServiceScopeFactory scopes, ILogger<AuditTrail> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _writer = Task.Run(WriteAsync);
    }

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var pending = new PendingEntry(record);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw new InvalidOperationException("The audit log is closed (the Host is stopping): the entry was not recorded.", e);
        }

        // Queued: it will be written whatever happens to the caller; the caller learns when it is durable.
        await pending.Durable.Task.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingEntry>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingEntry> batch)
    {
        try
        {
            await SaveAsync(batch).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                pending.Durable.TrySetResult();
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One entry the database refuses must not fail the others: each again, alone.
            LogBatchFailed(_logger, batch.Count, e);
            foreach (var pending in batch)
            {
                try
                {
                    await SaveAsync([pending]).ConfigureAwait(false);
                    pending.Durable.TrySetResult();
                }
                catch (Exception single)
                {
                    pending.Durable.TrySetException(single);
                }
            }
        }
        catch (Exception e)
        {
            batch[0].Durable.TrySetException(e);
        }
    }

    /// <summary>The entries in one unit of work of their own, all or none, in one round trip where the engine allows.</summary>
    private async Task SaveAsync(IReadOnlyList<PendingEntry> entries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccessDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AuditEntries.AddRange(entries.Select(e => ToEntry(e.Record)));
        await db.SaveAtomicallyAsync(entries.Count, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Every entry passes here: nothing a caller typed reaches the log unbounded or with control characters.</summary>
    private static AuditEntry ToEntry(AuditRecord record) => new()
    {
        UserName = AuditText.Clean(record.UserName, AuditText.MaxUserName),
        AtUtc = record.At.UtcDateTime,
        Module = AuditText.Clean(record.Module, 50),
        Action = AuditText.Clean(record.Action, 200),
        Records = AuditText.Clean(record.Records, 1000),
        Outcome = record.Outcome,
        Detail = AuditText.CleanOrNull(record.Detail, 1000),
    };

    /// <summary>Closes the queue and waits until everything queued is written (or has failed its caller).</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After every hosted service has stopped (the server and the job and outbox processors: no more requests).</summary>
    public Task StoppedAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Without a host's stop (a container disposed on its own): closed and drained all the same.</summary>
    public async ValueTask DisposeAsync() => await DrainAsync(CancellationToken.None).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} audit entries in one transaction failed; writing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    private sealed class PendingEntry(AuditRecord record)
    {
        public AuditRecord Record { get; } = record;

        public TaskCompletionSource Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
