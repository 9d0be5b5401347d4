using Microsoft.EntityFrameworkCore;
using EduRelief.BuildingBlocks.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>
/// Runs a module's outbox dispatcher after every commit and on a poll, so a message left behind by a crash
/// between commit and delivery is still delivered.
/// </summary>
public sealed partial class OutboxProcessor<TContext>(
    OutboxDispatcher<TContext> dispatcher,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor<TContext>> logger) : BackgroundService
    where TContext : DbContext, IOutboxDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, typeof(TContext).Name, ex);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox processing for {Context} failed; retrying after the poll interval")]
    private static partial void LogLoopFailed(ILogger logger, string context, Exception error);
}
