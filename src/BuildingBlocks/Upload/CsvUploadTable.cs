using System.Text;
using EduRelief.BuildingBlocks.Csv;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>An uploaded CSV in UTF-8 or GB18030, decoded strictly as it arrives.</summary>
internal sealed class CsvUploadTable : UploadTable
{
    private readonly StreamReader _text;
    private readonly CsvRowReader _rows;
    private readonly Encoding _encoding;

    private CsvUploadTable(StreamReader text, Encoding encoding)
    {
        _text = text;
        _rows = new CsvRowReader(text);
        _encoding = encoding;
    }

    public static CsvUploadTable Open(FileHead head, Stream rest, Encoding? named)
    {
        var (encoding, skip) = TextCharset.Detect(head, named);
        var text = new StreamReader(head.Before(rest, skip), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        return new CsvUploadTable(text, encoding);
    }

    public override async ValueTask<bool> TryReadRowAsync(List<string> cells, CancellationToken cancellationToken = default)
    {
        try
        {
            var read = await _rows.TryReadRecordAsync(cells, cancellationToken).ConfigureAwait(false);
            RowNumber = _rows.LineNumber;
            return read;
        }
        catch (DecoderFallbackException)
        {
            // The decoder reads ahead of the rows, so the line it fails on is not the line with the bad bytes.
            throw UploadTexts.NotValidAfterHead(TextCharset.NameOf(_encoding));
        }
        catch (CsvFormatException ex)
        {
            throw ValidationFailedException.For("file", ex.Message);
        }
    }

    public override ValueTask DisposeAsync()
    {
        _text.Dispose();
        return base.DisposeAsync();
    }
}
