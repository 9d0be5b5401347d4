using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>Files as a bureau's staff send them: workbooks saved by Excel, CSVs saved by Chinese Excel, browser forms.</summary>
public static class Uploads
{
    public static readonly Encoding Gb18030 = CreateGb18030();

    /// <summary>A one-sheet workbook; cells may be text, numbers, dates or booleans, as a user typed them.</summary>
    public static byte[] Xlsx(params object?[][] rows) => XlsxSheets(("Sheet1", rows));

    public static byte[] XlsxSheets(params (string Name, object?[][] Rows)[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
        {
            var width = rows.Max(r => r.Length);
            workbook[name] = rows.Select(row => Enumerable.Range(0, width).ToDictionary(i => ColumnName(i), i => i < row.Length ? row[i] : null)).ToList();
        }

        using var file = new MemoryStream();
        file.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX);
        return file.ToArray();
    }

    /// <summary>CSV lines split into cells, for building a workbook of the same rows.</summary>
    public static object?[][] Cells(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',').Cast<object?>().ToArray()).ToArray();

    public static Task<HttpResponseMessage> PostXlsxAsync(this HttpClient client, string url, byte[] bytes) =>
        client.PostAsync(url, Content(bytes, Exports.XlsxType));

    public static Task<HttpResponseMessage> PostBytesAsync(this HttpClient client, string url, byte[] bytes, string contentType) =>
        client.PostAsync(url, Content(bytes, contentType));

    /// <summary>What a browser's form sends: the file as the <c>file</c> field of multipart/form-data.</summary>
    public static Task<HttpResponseMessage> PostFormFileAsync(this HttpClient client, string url, byte[] bytes, string fileName, string contentType)
    {
        var form = new MultipartFormDataContent { { Content(bytes, contentType), "file", fileName } };
        return client.PostAsync(url, form);
    }

    private static ByteArrayContent Content(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
