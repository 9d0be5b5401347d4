using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>
/// What every import endpoint takes: the file as the request body (CSV or XLSX), or as the <c>file</c> field of a
/// <c>multipart/form-data</c> form, with <c>?sheet=</c> and <c>?charset=</c> (or form fields of those names before
/// the file). Nothing is buffered: the file is handed on as it arrives.
/// </summary>
public static class UploadRequest
{
    private static readonly HashSet<string> BodyMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", UploadMediaTypes.Xlsx, "application/octet-stream",
    };

    public static async Task<UploadedFile> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new UploadTooLargeException(maxBytes);
        }

        var sheet = Parameter(request, "sheet");
        var charset = Parameter(request, "charset");
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.MediaType.Value is not { } type)
        {
            throw Unsupported(null);
        }

        if (type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await FromFormAsync(request, mediaType, sheet, charset, cancellationToken);
        }

        return BodyMediaTypes.Contains(type) ? new UploadedFile(request.Body, request.ContentType, null, charset, sheet) : throw Unsupported(type);
    }

    private static async Task<UploadedFile> FromFormAsync(HttpRequest request, MediaTypeHeaderValue mediaType, string? sheet, string? charset, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw Unsupported("multipart/form-data");
        }

        var form = new MultipartReader(boundary, request.Body);
        while (await form.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            switch (HeaderUtilities.RemoveQuotes(disposition.Name).Value)
            {
                case "file":
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    return new UploadedFile(section.Body, section.ContentType, fileName, charset, sheet);
                case "sheet":
                    sheet ??= await FieldValueAsync(section, cancellationToken);
                    break;
                case "charset":
                    charset ??= await FieldValueAsync(section, cancellationToken);
                    break;
            }
        }

        throw UploadTexts.NoFileField();
    }

    private static async Task<string?> FieldValueAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(section.Body);
        var buffer = new char[256];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read).Trim();
    }

    private static string? Parameter(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

    private static UnsupportedUploadException Unsupported(string? mediaType) => new(new UserText(
        $"请以 CSV（text/csv）或 XLSX 格式发送文件，或以 multipart/form-data 的 file 字段上传（收到的是 {mediaType ?? "无内容类型"}）",
        $"send the file as CSV (text/csv) or XLSX, or as the file field of multipart/form-data (got {mediaType ?? "no content type"})"));
}
