using System.Globalization;

namespace EduRelief.BuildingBlocks.Upload;

/// <summary>A cell's value as the text a CSV of the same sheet would hold, so one row parser reads both.</summary>
internal static class XlsxCellText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
