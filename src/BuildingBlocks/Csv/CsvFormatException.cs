using EduRelief.SharedKernel.Localization;

namespace EduRelief.BuildingBlocks.Csv;

/// <summary>The text is not CSV that can be read on; the whole file is refused.</summary>
public sealed class CsvFormatException(int line, string reason) : Exception(new UserText($"第 {line} 行：{reason}", $"line {line}: {reason}"))
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
