namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>Wakes a module's outbox processor right after a commit, so delivery does not wait for the next poll.</summary>
public sealed class OutboxSignal<TContext> : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the processor.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
