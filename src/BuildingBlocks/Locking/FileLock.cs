using System.Collections.Concurrent;

namespace EduRelief.BuildingBlocks.Locking;

/// <summary>
/// On the embedded default, a lock file in the data folder held open exclusively: the operating system releases it
/// when the process ends however it ends, so two Hosts sharing one data folder also take turns. Callers in this
/// process queue on a semaphore rather than poll the file.
/// </summary>
internal sealed class FileLock(string directory) : IDistributedLock
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InThisProcess = new(StringComparer.Ordinal);
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(directory, "locks");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_')) + ".lock");
        var turn = InThisProcess.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                try
                {
                    return new Held(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), turn);
                }
                catch (IOException)
                {
                    // Another Host holds it.
                    await Task.Delay(Retry, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    private sealed class Held(FileStream file, SemaphoreSlim turn) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await file.DisposeAsync().ConfigureAwait(false);
            turn.Release();
        }
    }
}
