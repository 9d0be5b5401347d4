using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EduRelief.BuildingBlocks.Export;

/// <summary>
/// An export answered as a download, streamed to the caller as the handler writes it: a list of any length leaves
/// in constant memory. <paramref name="write"/> is usually a MediatR request carrying the writer, so the export is
/// authorized and audited like any other request, and a refusal before its first row is still a problem.
/// </summary>
public sealed class TableExport(ExportFormat format, string fileName, Func<ITableWriter, CancellationToken, Task> write) : IResult
{
    /// <summary>The worksheet's name: Excel allows 31 characters and none of <c>/\*?[]:</c>.</summary>
    public string SheetName { get; init; } = "Sheet1";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.ContentType = ExportFormats.ContentType(format);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName + ExportFormats.Extension(format));
        response.Headers.ContentDisposition = disposition.ToString();

        await using var writer = TableWriter.For(format, response.Body, SheetName);
        await write(writer, cancellationToken);
        await writer.CompleteAsync(cancellationToken);
    }
}
