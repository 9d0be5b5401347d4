using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Http;

namespace EduRelief.BuildingBlocks.Csv;

/// <summary>What every CSV upload endpoint checks before reading a byte of the body.</summary>
public static class CsvUploadRequest
{
    public static void CheckRequest(HttpRequest request, long maxBytes)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not ("text/csv" or "text/plain" or "application/csv"))
        {
            throw new UnsupportedUploadException(new UserText(
                $"请以 text/csv 格式发送文件（收到的是 {mediaType ?? "无内容类型"}）",
                $"send the file as text/csv (got {mediaType ?? "no content type"})"));
        }

        if (request.ContentLength > maxBytes)
        {
            throw new UploadTooLargeException(maxBytes);
        }
    }
}
