using EduRelief.SharedKernel.Errors;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>
/// One sheet of an uploaded XLSX. A ZIP is read from its end, so the upload is first spooled to a temporary file
/// (deleted when the table is disposed); MiniExcel then streams the sheet's rows from it, one at a time.
/// </summary>
internal sealed class XlsxUploadTable : UploadTable
{
    private static readonly OpenXmlConfiguration Reading = new() { FillMergedCells = false, IgnoreEmptyRows = false };

    private readonly FileStream _spool;
    private readonly IEnumerator<object> _rows;

    private XlsxUploadTable(FileStream spool, IEnumerator<object> rows)
    {
        _spool = spool;
        _rows = rows;
    }

    public static async Task<XlsxUploadTable> OpenAsync(FileHead head, Stream rest, string? sheet, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"edurelief-upload-{Guid.NewGuid():N}.xlsx");
        var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            await head.Before(rest).CopyToAsync(spool, 64 * 1024, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            var names = SheetNames(spool);
            if (sheet is not null && !names.Contains(sheet, StringComparer.Ordinal))
            {
                throw ValidationFailedException.For("sheet", UploadTexts.NoSuchSheet(sheet, names));
            }

            spool.Position = 0;
            var rows = MiniExcel.Query(spool, useHeaderRow: false, sheetName: sheet ?? names[0], excelType: ExcelType.XLSX, configuration: Reading);
            return new XlsxUploadTable(spool, rows.GetEnumerator());
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override ValueTask<bool> TryReadRowAsync(List<string> cells, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        cells.Clear();
        try
        {
            if (!_rows.MoveNext())
            {
                return ValueTask.FromResult(false);
            }
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw UploadTexts.DamagedAtRow(RowNumber + 1);
        }

        // MiniExcel gives every row from A1 on, empty ones too, so the count is the sheet's row number.
        RowNumber++;
        foreach (var value in ((IDictionary<string, object?>)_rows.Current).Values)
        {
            cells.Add(XlsxCellText.Of(value));
        }

        return ValueTask.FromResult(true);
    }

    public override async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        await _spool.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private static List<string> SheetNames(FileStream spool)
    {
        try
        {
            var names = MiniExcel.GetSheetNames(spool);
            return names.Count > 0 ? names : throw UploadTexts.NotAWorkbook();
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw UploadTexts.NotAWorkbook();
        }
    }

    /// <summary>Whatever a damaged archive or sheet makes the ZIP or XML reader throw; not the caller's own stops.</summary>
    private static bool IsDamage(Exception ex) => ex is not (OperationCanceledException or ValidationFailedException or UploadTooLargeException);
}
