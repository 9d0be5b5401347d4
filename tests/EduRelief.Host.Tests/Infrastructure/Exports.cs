using System.Net;
using System.Text;
using MiniExcelLibs;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>Reads an export as a user's spreadsheet program would: the header row and the rows, as text.</summary>
public static class Exports
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<List<string[]>> CsvRowsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "a CSV export starts with a UTF-8 byte-order mark");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
    }

    public static async Task<List<string[]>> XlsxRowsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return file.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
            .ToList();
    }

    public static int Column(this string[] header, string name)
    {
        var index = Array.IndexOf(header, name);
        Assert.True(index >= 0, $"the export has a column {name}: {string.Join(",", header)}");
        return index;
    }
}
