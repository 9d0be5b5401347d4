using System.Text;
using EduRelief.BuildingBlocks.Csv;

namespace EduRelief.BuildingBlocks.Export;

/// <summary>
/// RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark, every cell through <see cref="CsvField"/>. Rows are
/// gathered in memory up to <see cref="ChunkChars"/> and handed on in one asynchronous write: an await per cell
/// cost more than the query that read the rows.
/// </summary>
internal sealed class CsvTableWriter(Stream output) : TableWriter
{
    private const int ChunkChars = 32 * 1024;

    private readonly StringBuilder _chunk = new(ChunkChars + 1024);

    // Made at the start, not before: even an empty writer would send its byte-order mark when disposed, and a
    // response begun cannot become a problem any more.
    private StreamWriter _text = StreamWriter.Null;

    protected override ValueTask StartAsync(IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        for (var i = 0; i < headers.Count; i++)
        {
            Append(i, headers[i]);
        }

        _chunk.Append("\r\n");
        return ValueTask.CompletedTask;
    }

    protected override async ValueTask AddAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            Append(i, cells[i].ToString());
        }

        _chunk.Append("\r\n");
        if (_chunk.Length >= ChunkChars)
        {
            await WriteChunkAsync(cancellationToken);
        }
    }

    protected override async ValueTask FinishAsync(CancellationToken cancellationToken)
    {
        await WriteChunkAsync(cancellationToken);
        await _text.FlushAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _text.DisposeAsync();

    private void Append(int column, string value)
    {
        if (column > 0)
        {
            _chunk.Append(',');
        }

        _chunk.Append(CsvField.Escape(value));
    }

    private async Task WriteChunkAsync(CancellationToken cancellationToken)
    {
        await _text.WriteAsync(_chunk, cancellationToken);
        _chunk.Clear();
    }
}
