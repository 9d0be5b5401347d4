using System.Globalization;

namespace EduRelief.SharedKernel.Periods;

/// <summary>A request field holding the day a record is dated; null when the request leaves it out (validation says so).</summary>
public sealed record DatedField(string Field, DateOnly? Day)
{
    /// <summary>A year, or a term or month written from its year ("2025-1", "2025-03"), dated on the year's 1 January.</summary>
    public static DatedField InYear(string field, int? year) =>
        new(field, year is { } y and >= 1 and <= 9999 ? new DateOnly(y, 1, 1) : null);

    /// <inheritdoc cref="InYear(string, int?)"/>
    public static DatedField InYear(string field, string? text) =>
        InYear(field, text is { Length: >= 4 } && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null);
}
