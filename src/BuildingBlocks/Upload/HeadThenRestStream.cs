namespace EduRelief.BuildingBlocks.Upload;

/// <summary>Reads the bytes already taken for sniffing, then the rest of the body.</summary>
internal sealed class HeadThenRestStream(FileHead head, Stream rest, int skip) : ForwardReadStream
{
    private int _position = skip;

    public override int Read(Span<byte> buffer)
    {
        if (_position < head.Length)
        {
            return Take(buffer);
        }

        return head.IsWhole ? 0 : rest.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < head.Length)
        {
            return Take(buffer.Span);
        }

        return head.IsWhole ? 0 : await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    private int Take(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, head.Length - _position);
        head.Span.Slice(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
