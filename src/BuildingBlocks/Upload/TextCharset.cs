using System.Text;
using EduRelief.SharedKernel.Errors;
using Microsoft.Net.Http.Headers;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>The two encodings a county's CSVs come in: UTF-8, and GB18030 (what Chinese Excel saves, a superset of GBK).</summary>
internal static class TextCharset
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly Encoding Gb18030 = CreateGb18030();

    /// <summary>The encoding the caller named, by <c>?charset=</c> or the content type; null when none was.</summary>
    public static Encoding? Named(UploadedFile file)
    {
        var name = file.Charset;
        if (name is null && MediaTypeHeaderValue.TryParse(file.ContentType, out var mediaType) && mediaType.Charset.HasValue)
        {
            name = HeaderUtilities.RemoveQuotes(mediaType.Charset).Value;
        }

        return name?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "utf-8" or "utf8" => Utf8,
            "gb18030" or "gbk" or "gb2312" or "cp936" => Gb18030,
            _ => throw ValidationFailedException.For("charset", UploadTexts.UnknownCharset(name)),
        };
    }

    /// <summary>
    /// Reads the encoding off the file's first 64 KB: a byte order mark says it; else what the caller named, unless
    /// its bytes are not that (a GB18030 file sent as UTF-8 is read as GB18030); else the first of UTF-8 and GB18030
    /// they are valid in. Returns how many bytes of byte order mark to skip.
    /// </summary>
    public static (Encoding Encoding, int Skip) Detect(FileHead head, Encoding? named)
    {
        if (head.Span.StartsWith("\uFEFF"u8))
        {
            return (Utf8, 3);
        }

        if (head.Span.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return (Gb18030, 4);
        }

        if (named is not null && Decodes(named, head))
        {
            return (named, 0);
        }

        if (Decodes(Utf8, head))
        {
            return (Utf8, 0);
        }

        if (Decodes(Gb18030, head))
        {
            return (Gb18030, 0);
        }

        throw UploadTexts.NeitherUtf8NorGb18030();
    }

    public static string NameOf(Encoding encoding) => encoding == Gb18030 ? "GB18030" : "UTF-8";

    private static bool Decodes(Encoding encoding, FileHead head)
    {
        try
        {
            // Not flushed unless the head is the whole file: a character cut at the head's end is not an error.
            encoding.GetDecoder().GetCharCount(head.Span, flush: head.IsWhole);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
