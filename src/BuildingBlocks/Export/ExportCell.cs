using System.Globalization;

namespace EduRelief.BuildingBlocks.Export;

/// <summary>
/// One cell of an export. Text stays text in a spreadsheet (an 18-digit national ID is never turned into a number
/// that loses its last digits); money (every decimal in this system is yuan) and counts are numbers, dates are dates,
/// so Excel can sum and sort them.
/// </summary>
public readonly record struct ExportCell
{
    private ExportCell(string? text, decimal? money, long? count, DateOnly? date)
    {
        Text = text;
        Money = money;
        Count = count;
        Date = date;
    }

    public static ExportCell Empty => default;

    public string? Text { get; }

    public decimal? Money { get; }

    public long? Count { get; }

    public DateOnly? Date { get; }

    public static implicit operator ExportCell(string? text) => new(text, null, null, null);

    public static implicit operator ExportCell(decimal? money) => new(null, money, null, null);

    public static implicit operator ExportCell(long? count) => new(null, null, count, null);

    public static implicit operator ExportCell(int? count) => new(null, null, count, null);

    public static implicit operator ExportCell(DateOnly? date) => new(null, null, null, date);

    /// <summary>As a CSV shows it: amounts with two decimals, dates as YYYY-MM-DD.</summary>
    public override string ToString() =>
        Text
        ?? Money?.ToString("0.00", CultureInfo.InvariantCulture)
        ?? Count?.ToString(CultureInfo.InvariantCulture)
        ?? Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        ?? string.Empty;
}
