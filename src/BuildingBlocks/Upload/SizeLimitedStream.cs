namespace EduRelief.BuildingBlocks.Upload;

/// <summary>Reads through to an upload and stops it once it passes the limit, without buffering it.</summary>
internal sealed class SizeLimitedStream(Stream inner, long maxBytes) : ForwardReadStream
{
    private long _read;

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Count(int read)
    {
        _read += read;
        if (_read > maxBytes)
        {
            throw new UploadTooLargeException(maxBytes);
        }

        return read;
    }
}
