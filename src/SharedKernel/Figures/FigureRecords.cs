namespace EduRelief.SharedKernel.Figures;

/// <summary>
/// The records one figure counts, as a table with Chinese and English headers, and how its rows make the figure
/// (<see cref="Tally"/>): a module builds it from the same query as the figure, so the two cannot drift apart.
/// National IDs are already as the caller may see them.
/// </summary>
public sealed class FigureRecords
{
    public required IReadOnlyList<RecordColumn> Columns { get; init; }

    /// <summary>One row per record, its cells in the order of <see cref="Columns"/>.</summary>
    public required IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; }

    public required RecordTally Tally { get; init; }

    /// <summary>The column summed (<see cref="RecordTally.Sum"/>) or the numerator of a ratio: a number, or true for 1.</summary>
    public string? Column { get; init; }

    /// <summary>The ratio's denominator column; none when every row counts one.</summary>
    public string? Of { get; init; }

    /// <summary>One record per row: the figure is the number of rows.</summary>
    public static FigureRecords Count<T>(IEnumerable<T> items, params RecordField<T>[] fields) => Build(RecordTally.Count, null, null, items, fields);

    /// <summary>The figure is the sum of <paramref name="column"/> over the rows.</summary>
    public static FigureRecords Sum<T>(string column, IEnumerable<T> items, params RecordField<T>[] fields) => Build(RecordTally.Sum, column, null, items, fields);

    /// <summary>The figure is Σ<paramref name="column"/> ÷ Σ<paramref name="of"/> (or ÷ the rows), or one minus that.</summary>
    public static FigureRecords Ratio<T>(RecordTally tally, string column, string? of, IEnumerable<T> items, params RecordField<T>[] fields) =>
        tally is RecordTally.Ratio or RecordTally.OneMinusRatio
            ? Build(tally, column, of, items, fields)
            : throw new ArgumentOutOfRangeException(nameof(tally), tally, "a ratio is Ratio or OneMinusRatio");

    private static FigureRecords Build<T>(RecordTally tally, string? column, string? of, IEnumerable<T> items, RecordField<T>[] fields)
    {
        var columns = fields.Select(f => f.Column).ToList();
        foreach (var named in new[] { column, of }.OfType<string>())
        {
            if (!columns.Any(c => c.Key == named))
            {
                throw new ArgumentException($"the tally names '{named}', which is not a column", nameof(fields));
            }
        }

        return new FigureRecords
        {
            Columns = columns,
            Rows = items.Select(item => (IReadOnlyList<object?>)fields.Select(f => f.Value(item)).ToArray()).ToList(),
            Tally = tally,
            Column = column,
            Of = of,
        };
    }
}
