namespace EduRelief.BuildingBlocks.Export;

/// <summary>
/// The one order every export keeps: the header once, then the rows, then the end. The file is begun only at the
/// first row (or the end), so a refusal before then still reaches the caller as a problem.
/// </summary>
public abstract class TableWriter : ITableWriter, IAsyncDisposable
{
    private IReadOnlyList<string>? _headers;
    private bool _started;

    public long Rows { get; private set; }

    public static TableWriter For(ExportFormat format, Stream output, string sheetName) => format switch
    {
        ExportFormat.Xlsx => new XlsxTableWriter(output, sheetName),
        _ => new CsvTableWriter(output),
    };

    public ValueTask WriteHeaderAsync(IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        if (_headers is not null)
        {
            throw new InvalidOperationException("An export has one header row.");
        }

        _headers = headers;
        return ValueTask.CompletedTask;
    }

    public async ValueTask WriteRowAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken)
    {
        await EnsureStartedAsync(cancellationToken);
        await AddAsync(cells, cancellationToken);
        Rows++;
    }

    /// <summary>Ends the file; an export with no rows is still a file with its header row.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await EnsureStartedAsync(cancellationToken);
        await FinishAsync(cancellationToken);
    }

    public abstract ValueTask DisposeAsync();

    protected abstract ValueTask StartAsync(IReadOnlyList<string> headers, CancellationToken cancellationToken);

    protected abstract ValueTask AddAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken);

    protected abstract ValueTask FinishAsync(CancellationToken cancellationToken);

    private async ValueTask EnsureStartedAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        await StartAsync(_headers ?? throw new InvalidOperationException("Write the header row first."), cancellationToken);
    }
}
