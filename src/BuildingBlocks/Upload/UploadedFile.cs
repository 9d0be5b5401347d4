namespace EduRelief.BuildingBlocks.Upload;

/// <summary>
/// A file sent for import — the API's body or multipart field, or the console's file picker — with what the sender
/// said of it. What it really is (CSV in which encoding, or XLSX) is read from its first bytes when it is opened.
/// </summary>
/// <param name="ContentType">The media type as sent, with its <c>charset</c> parameter if any.</param>
/// <param name="Charset">A charset the caller named (<c>?charset=</c>); otherwise the content type's, otherwise detected.</param>
/// <param name="Sheet">The XLSX sheet to read; the first when null.</param>
public sealed record UploadedFile(Stream Body, string? ContentType = null, string? FileName = null, string? Charset = null, string? Sheet = null)
{
    /// <summary>Opens the file's table for reading row by row; the size limit is checked as the bytes arrive.</summary>
    public Task<UploadTable> OpenAsync(long maxBytes, CancellationToken cancellationToken) =>
        UploadTable.OpenAsync(this, maxBytes, cancellationToken);
}
