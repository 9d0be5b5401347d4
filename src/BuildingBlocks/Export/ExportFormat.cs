namespace EduRelief.BuildingBlocks.Export;

/// <summary>What a list or a records export is written as: <c>?format=csv|xlsx</c>.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 with a byte-order mark (so Chinese Excel opens it in Chinese), RFC 4180, formula-safe cells.</summary>
    Csv,

    /// <summary>One worksheet, the header row frozen, amounts as numbers and dates as dates.</summary>
    Xlsx,
}
