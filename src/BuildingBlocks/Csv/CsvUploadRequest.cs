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
            throw new UnsupportedUploadException($"send the file as text/csv (got {mediaType ?? "no content type"})");
        }

        if (request.ContentLength > maxBytes)
        {
            throw new UploadTooLargeException(maxBytes);
        }
    }
}
