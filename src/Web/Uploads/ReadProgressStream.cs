namespace EduRelief.Web.Uploads;

/// <summary>
/// An upload as the command reads it, telling the page how far it has got: how many bytes have been read, reported
/// at most every <see cref="Interval"/> and once at the end, so a large file shows progress while it is stored.
/// </summary>
public sealed class ReadProgressStream(Stream inner, Action<long> progress, TimeProvider time) : Stream
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private long _read;
    private DateTimeOffset _reported = DateTimeOffset.MinValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        _read += read;
        var now = time.GetUtcNow();
        if (read == 0 || now - _reported >= Interval)
        {
            _reported = now;
            progress(_read);
        }

        return read;
    }
}
