using EduRelief.SharedKernel.Errors;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>
/// The rows of an uploaded CSV or XLSX, read one at a time in constant memory, each as its cells' text, so every
/// importer parses and reports rows the same way whatever the format.
/// </summary>
public abstract class UploadTable : IAsyncDisposable
{
    private const int HeadBytes = 64 * 1024;

    /// <summary>Where the last row read starts: its line in a CSV, its row number in the XLSX sheet.</summary>
    public int RowNumber { get; protected set; }

    /// <summary>Reads the next row's cells into <paramref name="cells"/>; false after the last row.</summary>
    public abstract ValueTask<bool> TryReadRowAsync(List<string> cells, CancellationToken cancellationToken = default);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    internal static async Task<UploadTable> OpenAsync(UploadedFile file, long maxBytes, CancellationToken cancellationToken)
    {
        var body = new SizeLimitedStream(file.Body, maxBytes);
        var head = await FileHead.ReadAsync(body, HeadBytes, cancellationToken).ConfigureAwait(false);
        if (head.IsZip)
        {
            return await XlsxUploadTable.OpenAsync(head, body, file.Sheet, cancellationToken).ConfigureAwait(false);
        }

        if (head.IsCompoundDocument)
        {
            throw UploadTexts.ProtectedOrLegacyWorkbook();
        }

        if (SaysXlsx(file))
        {
            throw UploadTexts.NotAWorkbook();
        }

        if (head.HasNulBytes)
        {
            throw UploadTexts.NeitherCsvNorXlsx();
        }

        if (file.Sheet is not null)
        {
            throw ValidationFailedException.For("sheet", UploadTexts.CsvHasNoSheets());
        }

        return CsvUploadTable.Open(head, body, TextCharset.Named(file));
    }

    private static bool SaysXlsx(UploadedFile file) =>
        file.ContentType?.StartsWith(UploadMediaTypes.Xlsx, StringComparison.OrdinalIgnoreCase) == true
        || file.FileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true;
}
