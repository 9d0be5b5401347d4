namespace EduRelief.BuildingBlocks.Csv;

/// <summary>An upload passed its size limit. Becomes a 413 problem.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception($"the file is larger than the {maxBytes / (1024 * 1024)} MB allowed; split it into smaller files")
{
    public long MaxBytes { get; } = maxBytes;
}
