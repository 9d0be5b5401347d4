using System.Text;
using EduRelief.BuildingBlocks.Csv;

namespace EduRelief.BuildingBlocks.Export;

/// <summary>RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark, every cell through <see cref="CsvField"/>.</summary>
internal sealed class CsvTableWriter(Stream output) : TableWriter
{
    // Made at the start, not before: even an empty writer would send its byte-order mark when disposed, and a
    // response begun cannot become a problem any more.
    private StreamWriter _text = StreamWriter.Null;

    protected override async ValueTask StartAsync(IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        for (var i = 0; i < headers.Count; i++)
        {
            await WriteAsync(i, headers[i]);
        }

        await _text.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }

    protected override async ValueTask AddAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            await WriteAsync(i, cells[i].ToString());
        }

        await _text.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }

    protected override async ValueTask FinishAsync(CancellationToken cancellationToken)
    {
        await _text.FlushAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _text.DisposeAsync();

    private async ValueTask WriteAsync(int column, string value)
    {
        if (column > 0)
        {
            await _text.WriteAsync(',');
        }

        await _text.WriteAsync(CsvField.Escape(value));
    }
}
