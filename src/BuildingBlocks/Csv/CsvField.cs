namespace EduRelief.BuildingBlocks.Csv;

/// <summary>Writes one CSV field safely for a bank's system and for a spreadsheet that opens the file.</summary>
public static class CsvField
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Escape(string value)
    {
        // A leading = + - @ (or a tab or carriage return before one) would make a spreadsheet run the cell as a formula.
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
