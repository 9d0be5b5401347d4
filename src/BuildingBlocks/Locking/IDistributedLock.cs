namespace EduRelief.BuildingBlocks.Locking;

/// <summary>
/// A lock by name that every Host sharing the database honours, for work that must never run twice at once (an
/// import, a ledger refresh, the Host's start). It is released when the returned handle is disposed, and by the
/// engine when the process holding it dies, so a killed Host never blocks the others for ever.
/// </summary>
public interface IDistributedLock
{
    /// <summary>Waits until the lock is free (or the token is cancelled) and holds it until the handle is disposed.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken);
}
