using EduRelief.SharedKernel.Localization;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>An upload passed its size limit. Becomes a 413 problem.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception(new UserText(
        $"文件超过允许的 {Size(maxBytes, "字节")}，请拆分为较小的文件后上传",
        $"the file is larger than the {Size(maxBytes, "bytes")} allowed; split it into smaller files"))
{
    public long MaxBytes { get; } = maxBytes;

    private static string Size(long bytes, string unit) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024d * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024d:0.#} KB",
        _ => $"{bytes} {unit}",
    };
}
