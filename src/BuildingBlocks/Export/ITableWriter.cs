namespace EduRelief.BuildingBlocks.Export;

/// <summary>
/// Where an export handler writes its rows, in CSV or XLSX alike. Nothing reaches the caller before the first row
/// (or the end), so a refusal found before then is still answered as a problem, not as half a file.
/// </summary>
public interface ITableWriter
{
    /// <summary>The column headers (in Chinese, as the bureau's files have them); once, before any row.</summary>
    ValueTask WriteHeaderAsync(IReadOnlyList<string> headers, CancellationToken cancellationToken);

    ValueTask WriteRowAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken);
}
