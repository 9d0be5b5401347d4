namespace EduRelief.BuildingBlocks.Upload;

/// <summary>The first bytes of an upload, read before deciding what it is; they are handed on, never read twice.</summary>
internal sealed class FileHead
{
    private FileHead(byte[] bytes, int length, bool isWhole)
    {
        Bytes = bytes;
        Length = length;
        IsWhole = isWhole;
    }

    public byte[] Bytes { get; }

    public int Length { get; }

    /// <summary>The head is the whole file.</summary>
    public bool IsWhole { get; }

    public ReadOnlySpan<byte> Span => Bytes.AsSpan(0, Length);

    /// <summary>A ZIP archive, as every XLSX is.</summary>
    public bool IsZip => Span.StartsWith("PK\u0003\u0004"u8);

    /// <summary>An OLE compound document: an Excel 97–2003 workbook, or an XLSX encrypted with a password.</summary>
    public bool IsCompoundDocument => Span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Text in UTF-8 or GB18030 has no NUL byte; images, PDFs and UTF-16 do.</summary>
    public bool HasNulBytes => Span.Contains((byte)0);

    public static async Task<FileHead> ReadAsync(Stream body, int size, CancellationToken cancellationToken)
    {
        var bytes = new byte[size];
        var length = 0;
        int read;
        while (length < size && (read = await body.ReadAsync(bytes.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return new FileHead(bytes, length, length < size);
    }

    /// <summary>The whole upload again from byte <paramref name="skip"/>: the head, then the rest of the body as it arrives.</summary>
    public Stream Before(Stream rest, int skip = 0) => new HeadThenRestStream(this, rest, skip);
}
