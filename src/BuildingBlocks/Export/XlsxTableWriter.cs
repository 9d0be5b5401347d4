using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace EduRelief.BuildingBlocks.Export;

/// <summary>
/// One worksheet written forward only by SpreadCheetah (constant memory whatever the row count), the header row
/// bold and frozen, amounts with two decimals, dates as dates. Text cells are written as strings, never formulas.
/// </summary>
internal sealed class XlsxTableWriter(Stream output, string sheetName) : TableWriter
{
    private readonly BufferedSyncWrites _output = new(output);
    private const double ColumnWidth = 18;
    private static readonly SpreadCheetahOptions Options = new()
    {
        CompressionLevel = SpreadCheetahCompressionLevel.Fastest,
        DefaultDateTimeFormat = NumberFormat.Custom("yyyy-mm-dd"),
    };

    private Spreadsheet? _spreadsheet;
    private StyleId? _money;
    private Cell[] _row = [];

    protected override async ValueTask StartAsync(IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        _spreadsheet = await Spreadsheet.CreateNewAsync(_output, Options, cancellationToken);
        var bold = _spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        _money = _spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.TwoDecimalPlaces) });
        var worksheet = new WorksheetOptions { FrozenRows = 1 };
        for (var column = 1; column <= headers.Count; column++)
        {
            worksheet.Column(column).Width = ColumnWidth;
        }

        await _spreadsheet.StartWorksheetAsync(sheetName, worksheet, cancellationToken);
        await _spreadsheet.AddRowAsync(headers.Select(h => new Cell(h, bold)).ToArray(), cancellationToken);
    }

    protected override async ValueTask AddAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken)
    {
        if (_row.Length != cells.Count)
        {
            _row = new Cell[cells.Count];
        }

        for (var i = 0; i < cells.Count; i++)
        {
            _row[i] = ToCell(cells[i]);
        }

        await _spreadsheet!.AddRowAsync(_row, cancellationToken);
    }

    protected override async ValueTask FinishAsync(CancellationToken cancellationToken)
    {
        await _spreadsheet!.FinishAsync(cancellationToken);
        await _spreadsheet.DisposeAsync();
        _spreadsheet = null;
        await _output.DrainAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_spreadsheet is not null)
        {
            await _spreadsheet.DisposeAsync();
        }

        await _output.DisposeAsync();
    }

    private Cell ToCell(ExportCell cell) => cell switch
    {
        { Text: { } text } => new Cell(text),
        { Money: { } money } => new Cell(money, _money),
        { Count: { } count } => new Cell(count),
        { Date: { } date } => new Cell(date.ToDateTime(TimeOnly.MinValue)),
        _ => new Cell(string.Empty),
    };
}
