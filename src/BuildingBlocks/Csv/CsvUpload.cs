using System.Text;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.BuildingBlocks.Csv;

/// <summary>Opens an uploaded CSV: strict UTF-8 (a BOM is allowed), with a size limit checked as the bytes arrive.</summary>
public static class CsvUpload
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TextReader Open(Stream body, long maxBytes) =>
        new StreamReader(new SizeLimitedStream(body, maxBytes), StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);

    /// <summary>Strips a UTF-8 byte order mark that a spreadsheet put before the first header.</summary>
    public static string WithoutBom(string header) => header.Length > 0 && header[0] == '\uFEFF' ? header[1..] : header;

    /// <summary>
    /// The decoder reads ahead of the rows, so the line it fails on is not the line with the bad bytes; the message
    /// names no line rather than a wrong one.
    /// </summary>
    public static ValidationFailedException NotUtf8() => ValidationFailedException.For(
        "file",
        new UserText(
            "不是有效的 UTF-8 文本（可能是表格软件导出的 GBK/ANSI 文件）；请另存为“CSV UTF-8”格式后重新上传",
            "is not valid UTF-8 text (a spreadsheet's GBK/ANSI export?); save it as \"CSV UTF-8\" and upload again"));
}
