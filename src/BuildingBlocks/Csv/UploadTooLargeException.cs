namespace EduRelief.BuildingBlocks.Csv;

/// <summary>An upload passed its size limit. Becomes a 413 problem.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception($"the file is larger than the {Size(maxBytes)} allowed; split it into smaller files")
{
    public long MaxBytes { get; } = maxBytes;

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024d * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024d:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
