using System.Collections.Concurrent;
using System.Reflection;
using EduRelief.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>
/// Delivers a module's pending outbox messages through MediatR: events are published to every handler,
/// commands are sent to their one handler. Delivery is at least once; receivers' inboxes make it effectively once.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : IDisposable
    where TContext : DbContext, IOutboxDbContext
{
    public const int MaxAttempts = 10;
    private const int BatchSize = 200;

    private static readonly MethodInfo PublishMethod = typeof(IMediator).GetMethod(nameof(IMediator.Publish))!;
    private static readonly MethodInfo SendMethod = typeof(IMediator).GetMethod(nameof(IMediator.Send))!;
    private static readonly ConcurrentDictionary<Type, MethodInfo> Deliverers = new();

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Delivers everything pending and returns how many messages were delivered.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var delivered = 0;
            long after = 0;
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                var batch = await db.OutboxMessages
                    .Where(m => m.ProcessedAt == null && m.Attempts < MaxAttempts && m.Id > after)
                    .OrderBy(m => m.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    return delivered;
                }

                foreach (var message in batch)
                {
                    if (await DeliverAsync(message, cancellationToken).ConfigureAwait(false))
                    {
                        delivered++;
                    }
                }

                after = batch[^1].Id;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var payload = OutboxSerializer.Deserialize(message);
            using var scope = scopes.CreateScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var deliver = Deliverers.GetOrAdd(payload.GetType(), ResolveDeliverer);
            await ((Task)deliver.Invoke(mediator, [payload, cancellationToken])!).ConfigureAwait(false);
            message.ProcessedAt = time.GetUtcNow();
            message.LastError = null;
            return true;
        }
        catch (Exception ex)
        {
            var error = (ex as TargetInvocationException)?.InnerException ?? ex;
            message.Attempts++;
            message.LastError = Truncate(error.ToString(), 2000);
            LogDeliveryFailed(logger, message.MessageId, message.Type, message.Attempts, error);
            return false;
        }
    }

    private static MethodInfo ResolveDeliverer(Type type)
    {
        if (typeof(INotification).IsAssignableFrom(type))
        {
            return PublishMethod.MakeGenericMethod(type);
        }

        var request = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            ?? throw new InvalidOperationException($"{type} is neither an event nor a command.");
        return SendMethod.MakeGenericMethod(request.GetGenericArguments()[0]);
    }

    public void Dispose() => _gate.Dispose();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed on attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid messageId, string type, int attempt, Exception error);
}
