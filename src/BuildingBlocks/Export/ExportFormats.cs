using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.BuildingBlocks.Export;

public static class ExportFormats
{
    /// <summary>The <c>format</c> a caller asked for; null when they asked for none (the JSON answer).</summary>
    public static ExportFormat? Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => null,
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => throw ValidationFailedException.For("format", new UserText(
            $"'{format}' 不是可用的导出格式；可用 csv 或 xlsx",
            $"'{format}' is not an export format; use csv or xlsx")),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? ".xlsx" : ".csv";
}
