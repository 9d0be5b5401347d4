using System.Text;
using Microsoft.JSInterop;

namespace EduRelief.Web.Export;

/// <summary>
/// What a list shows, as a CSV the user's Excel opens in Chinese: UTF-8 with a byte-order mark, RFC 4180 quoting,
/// and cells that would start a formula (=, +, -, @) prefixed with an apostrophe so a spreadsheet shows them as text.
/// </summary>
public sealed class CsvDownload(IJSRuntime js)
{
    public async Task SaveAsync(string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, headers);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        using var stream = new MemoryStream(bytes);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("eduRelief.download", fileName, "text/csv;charset=utf-8", reference);
    }

    public static string Cell(string? value)
    {
        var cell = value ?? string.Empty;
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static void Line(StringBuilder text, IEnumerable<string?> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
